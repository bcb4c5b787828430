import type { DemoArticle } from "../types";

/** product.md's reference article. Facts from the brief; every sentence written for this project. */
export const REFERENCE_ARTICLE: DemoArticle = {
  slug: "small-caps-show-strong-start-in-2026-outperforming-sp-500",
  title: "Small Caps Show Strong Start in 2026, Outperforming S&P 500",
  dek: "The Russell 2000 led the large-cap benchmark for fourteen straight sessions before a sharp pullback. Cheaper valuations and lower rates are drawing investors back to smaller companies.",
  category: "stocks",
  tags: ["small-caps", "russell-2000", "sp-500", "interest-rates", "federal-reserve"],
  authors: ["news-desk"],
  kind: "news",
  published: { at: "2026-01-27T08:42:00Z" },
  updatedAfterMinutes: 95,
  oldSlugs: ["small-caps-strong-start-2026"],
  image: {
    alt: "Illustration of a green line chart climbing across a dark blue grid",
    caption: "Illustration: CoinMela",
    motif: "chart-up",
  },
  body: `For most of the past three years, owning the biggest names in the market was the easiest trade on Wall Street. The opening weeks of 2026 told a different story. Smaller companies took the lead as soon as trading resumed in January, and for a while they refused to give it back.

The Russell 2000, the most widely followed index of small U.S. companies, finished ahead of the S&P 500 on each of the first 14 trading days of the year. A streak like that is unusual for an index that spent much of the previous cycle trailing its large-cap cousin. It ended on January 23, when the Russell slid nearly 2% in a single session as traders locked in gains, a reminder that leadership in this corner of the market rarely moves in a straight line.

### The valuation gap

The case for small caps starts with price. After a run of more than 75% over three years, the S&P 500 trades at roughly 28 times earnings. Much of that climb came from a handful of very large technology companies: the so-called Magnificent Seven now make up about a third of the index, so a buyer of an S&P 500 fund is making a concentrated bet whether they intend to or not.

Small caps look very different. The iShares Russell 2000 ETF (IWM), which holds about $75 billion in net assets, has been trading at a price-to-earnings ratio near 19.5. For the Russell's multiple to catch up with the S&P 500's, the index would have to rise by nearly 50% with earnings standing still.

| Measure | S&P 500 | Russell 2000 (via IWM) |
| --- | --- | --- |
| Price-to-earnings ratio | about 28 | about 19.5 |
| Gain over three years | more than 75% | far smaller |
| Weight of largest names | Magnificent Seven near one third | no single company dominates |

A discount alone does not make an investment cheap for a good reason or a bad one, and small companies tend to carry more debt and less pricing power than large ones. Still, a gap this wide gives investors room to be wrong about some holdings and still come out ahead if earnings hold up.

### Interest-rate dynamics

Borrowing costs matter more to small firms than to giants with cash piles and access to bond markets. Many smaller companies finance themselves with floating-rate loans, so when the Federal Reserve lowers its benchmark rate, the relief shows up in their interest bills quickly.

That link has been visible in the numbers. Over the six months to January, the Russell 2000 gained about 17% while the Fed cut rates three times, lowering its target range by a combined 75 basis points. If policymakers keep easing, the same mechanism that hurt small caps during the tightening cycle could keep working in their favour.

> As one portfolio strategist put it, small caps do not need a booming economy to do well; they need a cheaper cost of money and an economy that avoids stalling.

The risk runs the other way too. A surprise rebound in inflation that forces the Fed to pause would hit these companies first, which is one reason the January 23 drop was so abrupt.

### Investment strategies

Investors who want exposure without picking individual stocks have several routes:

- **Broad index funds** such as IWM track the whole Russell 2000 at a low cost.
- **Style funds** split the index in two: Vanguard offers Russell 2000 growth and Russell 2000 value ETFs, letting investors lean toward faster-growing companies or toward cheaper, steadier ones.
- **Selective stock picking** focuses on companies with clear earnings, since roughly a third of the index's members are not yet profitable.

Two names show the range on offer. Amplitude, which makes product-analytics software, has been rolling out AI agents that help customers act on their usage data. Innodata, a data-labelling specialist that prepares training material for AI models, stands out among small caps for already being profitable.

### What to watch next

The next few months hinge on the Fed's path, on whether earnings at smaller companies keep improving, and on how much money rotates out of the largest technology stocks. A fourteen-day streak is not a trend on its own, but it has made many investors look again at a part of the market they had written off.

*This article is for information only and is not investment advice.*`,
};
