// Fills a seeded database with many generated articles, in SQL (INSERT ... SELECT over
// generate_series), for the scale benchmark. Titles, deks and bodies are built from word lists so
// that full-text search meets a realistic spread of terms: each category has its own subjects,
// bodies mention assets from across the site, and common words are drawn more often than rare
// ones. The random sequence is seeded, so every run generates the same rows.
import type pg from "pg";

/** Share of articles per category (percent); the seeded categories are matched by slug. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  bitcoin: 22,
  ethereum: 14,
  altcoins: 12,
  defi: 9,
  xrp: 8,
  finance: 8,
  stocks: 7,
  company: 7,
  blockchain: 6,
  web3: 4,
  nft: 3,
};

/** Six headline subjects per category (the generator relies on exactly six). */
const SUBJECTS: Record<string, string[]> = {
  bitcoin: [
    "Bitcoin",
    "Spot bitcoin ETFs",
    "Bitcoin miners",
    "Bitcoin whales",
    "Bitcoin hashrate",
    "Bitcoin options traders",
  ],
  ethereum: [
    "Ether",
    "Ethereum validators",
    "Ethereum layer 2 networks",
    "Ether ETFs",
    "Ethereum developers",
    "ETH staking yields",
  ],
  altcoins: ["Solana", "Dogecoin", "BNB", "TRON", "Cardano", "Avalanche"],
  defi: [
    "DeFi lending markets",
    "Stablecoin supply",
    "Decentralized exchanges",
    "Aave",
    "Uniswap",
    "Liquid staking tokens",
  ],
  xrp: ["XRP", "Ripple", "The XRP Ledger", "XRP ETFs", "RLUSD", "XRP whales"],
  finance: [
    "The Federal Reserve",
    "Treasury yields",
    "The dollar",
    "Central banks",
    "Inflation expectations",
    "Bond markets",
  ],
  stocks: [
    "Small caps",
    "The S&P 500",
    "The Russell 2000",
    "Tech stocks",
    "Nasdaq futures",
    "Bank stocks",
  ],
  company: ["Coinbase", "MicroStrategy", "Circle", "Robinhood", "Galaxy Digital", "Kraken"],
  blockchain: [
    "Tokenized treasuries",
    "Enterprise blockchains",
    "Cross-chain bridges",
    "Real-world asset platforms",
    "Payment networks",
    "Blockchain analytics firms",
  ],
  web3: [
    "Web3 wallets",
    "DAOs",
    "Decentralized identity projects",
    "Onchain games",
    "Social protocols",
    "Web3 developers",
  ],
  nft: [
    "NFT sales",
    "Blue-chip NFTs",
    "NFT marketplaces",
    "Digital collectibles",
    "NFT royalties",
    "Generative art collections",
  ],
};

const VERBS = [
  "rally",
  "slip",
  "climb",
  "tumble",
  "steady",
  "surge",
  "stall",
  "rebound",
  "extend gains",
  "hit a record",
  "test support",
  "draw inflows",
  "face outflows",
  "outperform",
  "lag the market",
  "break resistance",
];

const CONTEXTS = [
  "as traders weigh the Fed's rate path",
  "after ETF flows turn positive",
  "ahead of the jobs report",
  "amid regulatory uncertainty",
  "as institutional demand grows",
  "after a volatile week",
  "as liquidity thins",
  "on strong earnings",
  "as inflation cools",
  "despite profit taking",
  "after a major exchange listing",
  "as stablecoin volumes rise",
  "while options expiry looms",
  "after a network upgrade",
  "as analysts lift targets",
  "amid record trading volume",
  "as the SEC reviews filings",
  "after a security incident",
];

const ANALYSTS = [
  "Analysts",
  "Strategists",
  "Traders",
  "Market makers",
  "Fund managers",
  "On-chain data",
  "Researchers",
  "Portfolio managers",
];

const PAST_VERBS = [
  "rose",
  "fell",
  "gained",
  "dropped",
  "added",
  "lost",
  "climbed",
  "slid",
  "jumped",
  "eased",
];

const TIMEFRAMES = [
  "over the past week",
  "in the last 24 hours",
  "since the start of the month",
  "this quarter",
  "year to date",
  "over the weekend",
  "in Asian trading",
  "during the US session",
];

/**
 * Other assets and themes the bodies mention, most frequent first. Each article mentions only
 * three of them (picked with a skew towards the start), so a term such as "ETF" appears in a
 * minority of articles rather than in every long body.
 */
const MENTIONS = [
  "bitcoin",
  "ether",
  "stablecoins",
  "the Federal Reserve",
  "interest rates",
  "solana",
  "XRP",
  "Treasury yields",
  "the S&P 500",
  "spot ETFs",
  "the ETF market",
  "small caps",
  "DeFi protocols",
  "layer 2 networks",
  "tokenization",
  "mining difficulty",
  "staking rewards",
  "NFT volumes",
  "exchange reserves",
  "futures open interest",
  "funding rates",
  "the dollar index",
  "gold",
  "tech earnings",
  "regulators",
  "custody banks",
  "payment processors",
  "hedge funds",
  "pension funds",
  "sovereign wealth funds",
];

/** Common words first: picks are skewed towards the start of the list, as in real text. */
const NOUNS = [
  "demand",
  "volatility",
  "liquidity",
  "momentum",
  "sentiment",
  "inflows",
  "outflows",
  "volume",
  "supply",
  "leverage",
  "risk appetite",
  "positioning",
  "market depth",
  "spreads",
  "open interest",
  "the order book",
  "custody",
  "settlement",
  "governance",
  "adoption",
  "compliance",
  "treasury management",
  "yield",
  "collateral",
  "issuance",
  "redemptions",
  "hashrate",
  "transaction fees",
  "validator rewards",
  "network activity",
  "developer activity",
  "retail participation",
  "institutional allocation",
  "basis trades",
  "options skew",
  "implied volatility",
  "correlation with equities",
  "macro headwinds",
  "earnings guidance",
  "valuation multiples",
];

const CLAUSES = [
  "according to data compiled by analysts",
  "which traders read as a sign of fatigue",
  "a level not seen in several months",
  "even as broader markets stayed flat",
  "while funding rates stayed neutral",
  "as short sellers covered positions",
  "with most of the move in the final hour",
  "in line with seasonal patterns",
  "after a quieter stretch of trading",
  "though volumes remained below average",
  "helped by steady buying from large holders",
  "as options dealers adjusted hedges",
  "before paring some of the move",
  "despite warnings from risk managers",
];

const OUTLOOKS = [
  "could extend the move",
  "may cap further gains",
  "would test recent lows",
  "might draw new buyers",
  "is likely to stay in focus",
  "could weigh on prices",
  "should support the trend",
  "may bring more volatility",
];

const CONDITIONS = [
  "the Fed signals further cuts",
  "inflation data surprises to the upside",
  "fund inflows continue",
  "regulators approve pending applications",
  "liquidity returns after the holidays",
  "large holders keep selling",
  "earnings beat expectations",
  "the dollar weakens",
];

const DEK_OPENERS = [
  "What the latest move means for",
  "Why traders are watching",
  "A closer look at",
  "The numbers behind",
  "How investors are positioning around",
  "What changed this week for",
];

/** SQL that picks one element of an SQL array uniformly; `skew` favours early elements. */
function pick(array: string, length: number, skew = false): string {
  const r = skew ? "random() * random()" : "random()";
  return `(${array})[1 + floor(${r} * ${length})::int]`;
}

export interface FillResult {
  inserted: number;
  fillMs: number;
  analyzeMs: number;
  busiestCategory: { id: number; slug: string };
}

/**
 * Inserts `count` generated articles (with authors and tags) into a database that the demo seed
 * has filled (categories, tags, bylines, media), then VACUUM ANALYZEs the tables so the planner
 * and the visibility map see what autovacuum would leave in a running site.
 */
export async function fillGeneratedArticles(client: pg.Client, count: number): Promise<FillResult> {
  const categories = (
    await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Category"`)
  ).rows.filter((row) => row.slug in CATEGORY_WEIGHTS);
  if (categories.length === 0) throw new Error("The seeded categories are missing.");
  // Category i of `categories` owns subjects [6i+1 .. 6i+6]; the weighted array repeats each
  // category index as many times as its percentage, so a uniform pick from it follows the weights.
  const subjects = categories.flatMap((category) => SUBJECTS[category.slug]!);
  const weighted = categories.flatMap((category, index) =>
    Array<number>(CATEGORY_WEIGHTS[category.slug]!).fill(index),
  );
  const busiest = categories.reduce((best, row) =>
    CATEGORY_WEIGHTS[row.slug]! > CATEGORY_WEIGHTS[best.slug]! ? row : best,
  );
  const authors = (
    await client.query<{ id: number }>(
      `SELECT DISTINCT "userId" AS id FROM "ArticleAuthor" ORDER BY 1`,
    )
  ).rows.map((row) => row.id);
  const tags = (await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Tag"`))
    .rows;
  const media = (await client.query<{ id: number }>(`SELECT id FROM "Media" ORDER BY id`)).rows.map(
    (row) => row.id,
  );
  if (authors.length === 0 || tags.length === 0)
    throw new Error("The seeded bylines or tags are missing.");
  // The tag that shares the category's slug (bitcoin, ethereum, xrp, nft, defi), if any.
  const categoryTag = categories.map(
    (category) => tags.find((tag) => tag.slug === category.slug)?.id ?? 0,
  );

  const lists = {
    categoryIds: categories.map((row) => row.id),
    weighted,
    subjects,
    verbs: VERBS,
    contexts: CONTEXTS,
    analysts: ANALYSTS,
    pastVerbs: PAST_VERBS,
    timeframes: TIMEFRAMES,
    mentions: MENTIONS,
    nouns: NOUNS,
    clauses: CLAUSES,
    outlooks: OUTLOOKS,
    conditions: CONDITIONS,
    dekOpeners: DEK_OPENERS,
    authors,
    tagIds: tags.map((row) => row.id),
    categoryTag,
    media,
  };
  // The lists go into the SQL as array literals (escaped), not as parameters: each statement
  // uses only some of them, and PostgreSQL rejects parameters it cannot type.
  const $ = (name: keyof typeof lists) => {
    const values = lists[name];
    return typeof values[0] === "string"
      ? `ARRAY[${(values as string[]).map((value) => client.escapeLiteral(value)).join(",")}]::text[]`
      : `ARRAY[${(values as number[]).map((value) => Math.trunc(value)).join(",")}]::int[]`;
  };
  const len = (name: keyof typeof lists) => lists[name].length;
  const p = (name: keyof typeof lists, skew = false) => pick($(name), len(name), skew);

  // Each article has its own few nouns and mentions (chosen in scale_plan); sentences pick among them.
  const nounOf = `(ARRAY[plan.n1, plan.n2, plan.n3, plan.n4])[1 + floor(random() * 4)::int]`;
  const mentionOf = `(ARRAY[plan.m1, plan.m2, plan.m3])[1 + floor(random() * 3)::int]`;

  // One sentence, in one of four shapes, around the article's own subject. It must mention the
  // sentence number (sn.n), or PostgreSQL would aggregate it at the level of the outer query.
  const sentence = `CASE floor(random() * 4 + 0 * sn.n)::int
      WHEN 0 THEN plan.subject || ' ' || ${p("pastVerbs")} || ' ' ||
        (1 + floor(random() * 19))::int || '% ' || ${p("timeframes")} || ', ' || ${p("clauses")} || '.'
      WHEN 1 THEN ${p("analysts")} || ' said ' || ${nounOf} || ' in ' || ${mentionOf} ||
        ' ' || ${p("outlooks")} || ' if ' || ${p("conditions")} || '.'
      WHEN 2 THEN 'Shifts in ' || ${nounOf} || ' around ' || ${mentionOf} ||
        ' ' || ${p("pastVerbs")} || ' attention ' || ${p("timeframes")} || ', ' || ${p("clauses")} || '.'
      ELSE initcap(${nounOf}) || ' tied to ' || plan.subject_word || ' ' ||
        ${p("outlooks")} || ', while ' || ${nounOf} || ' in ' || ${mentionOf} ||
        ' ' || ${p("outlooks")} || '.'
    END`;

  const started = performance.now();
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    await client.query("SELECT setseed(0.2026)");
    const { rows } = await client.query<{ base: number }>(
      `SELECT coalesce(max(id), 0)::int AS base FROM "Article"`,
    );
    const base = rows[0]!.base;

    // Per-article choices first, so the text, the authors and the tags agree with each other.
    await client.query(
      `CREATE TEMP TABLE scale_plan ON COMMIT DROP AS
       SELECT ${base} + g.i AS id, g.i, c.cat,
              (${$("categoryIds")})[c.cat + 1] AS category_id,
              (${$("subjects")})[c.cat * 6 + 1 + floor(random() * 6)::int] AS subject,
              random() AS status_roll,
              random() AS kind_roll,
              -- Three years back, denser towards today (a growing newsroom).
              now() - (1 - sqrt(random())) * interval '3 years' AS published_at,
              ${p("authors")} AS author_id,
              ${p("mentions", true)} AS m1, ${p("mentions", true)} AS m2, ${p("mentions", true)} AS m3,
              ${p("nouns", true)} AS n1, ${p("nouns", true)} AS n2, ${p("nouns", true)} AS n3,
              ${p("nouns", true)} AS n4,
              CASE WHEN random() < 0.1 THEN ${p("authors")} END AS second_author_id
       FROM generate_series(1, ${count}) AS g(i)
       CROSS JOIN LATERAL (
         SELECT (${$("weighted")})[1 + floor(random() * ${len("weighted")})::int] + 0 * g.i AS cat
       ) c`,
    );
    await client.query(
      `ALTER TABLE scale_plan ADD COLUMN subject_word text;
       UPDATE scale_plan SET subject_word = regexp_replace(subject, '^The ', 'the ')`,
    );

    await client.query(
      `INSERT INTO "Article" (id, slug, title, dek, "bodySource", "bodyHtml", "bodyText", kind,
         status, "publishedAt", "scheduledFor", "createdAt", "updatedAt", "categoryId",
         "featuredImageId", "featuredImageCaption")
       SELECT plan.id,
              trim(both '-' from regexp_replace(lower(t.title), '[^a-z0-9]+', '-', 'g')) || '-' || plan.i,
              t.title, t.dek,
              b.body,
              '<p>' || replace(b.body, E'\\n\\n', E'</p>\\n<p>') || '</p>',
              replace(b.body, E'\\n\\n', E'\\n'),
              CASE WHEN plan.kind_roll < 0.02 THEN 'GUIDE' ELSE 'NEWS' END::"ArticleKind",
              s.status::"ArticleStatus",
              CASE WHEN s.status IN ('PUBLISHED', 'ARCHIVED') THEN plan.published_at END,
              CASE WHEN s.status = 'SCHEDULED' THEN now() + (1 + plan.i % 14) * interval '1 day' END,
              plan.published_at - interval '2 hours',
              plan.published_at,
              plan.category_id,
              ${len("media") > 0 ? p("media") : "NULL"},
              'Illustration: CoinMela'
       FROM scale_plan plan
       CROSS JOIN LATERAL (
         SELECT CASE
                  WHEN plan.status_roll < 0.03 THEN 'DRAFT'
                  WHEN plan.status_roll < 0.04 THEN 'SCHEDULED'
                  WHEN plan.status_roll < 0.045 THEN 'IN_REVIEW'
                  WHEN plan.status_roll < 0.05 THEN 'ARCHIVED'
                  ELSE 'PUBLISHED'
                END AS status
       ) s
       CROSS JOIN LATERAL (
         SELECT plan.subject || ' ' || ${p("verbs")} || ' ' || ${p("contexts")} AS title,
                ${p("dekOpeners")} || ' ' || plan.subject_word || ': ' || ${nounOf} ||
                  ', ' || ${nounOf} || ' and ' || ${mentionOf} || '.' AS dek
       ) t
       CROSS JOIN LATERAL (
         SELECT string_agg(para.text, E'\\n\\n' ORDER BY para.n) AS body
         FROM (
           SELECT pn.n, (
             SELECT string_agg(${sentence}, ' ')
             FROM generate_series(1, 3 + (plan.i + pn.n) % 3) AS sn(n)
           ) AS text
           FROM generate_series(1, 4 + plan.i % 4) AS pn(n)
         ) para
       ) b`,
    );
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max(id) FROM "Article"))`,
    );
    await client.query(
      `INSERT INTO "ArticleAuthor" ("articleId", "userId", position)
       SELECT id, author_id, 0 FROM scale_plan
       UNION ALL
       SELECT id, second_author_id, 1 FROM scale_plan
       WHERE second_author_id IS NOT NULL AND second_author_id <> author_id`,
    );
    // The category's own tag (where one exists) on most articles, plus one or two others.
    await client.query(
      `INSERT INTO "ArticleTag" ("articleId", "tagId")
       SELECT DISTINCT id, tag_id FROM (
         SELECT id, (${$("categoryTag")})[cat + 1] AS tag_id FROM scale_plan WHERE random() < 0.8
         UNION ALL
         SELECT plan.id, ${p("tagIds")} FROM scale_plan plan, generate_series(1, 1 + plan.i % 2) AS k(n)
       ) picked
       WHERE tag_id <> 0`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  const fillMs = performance.now() - started;
  const analyzeStarted = performance.now();
  await client.query(`VACUUM (ANALYZE) "Article", "ArticleAuthor", "ArticleTag"`);
  return {
    inserted: count,
    fillMs,
    analyzeMs: performance.now() - analyzeStarted,
    busiestCategory: busiest,
  };
}
