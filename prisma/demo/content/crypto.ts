import type { DemoArticle } from "../types";
import { article } from "./build";

// Ethereum, Altcoins, DeFi, NFT, Blockchain and Web3. Every sentence written for this project;
// projects named here that are not widely known are fictional.
export const CRYPTO: DemoArticle[] = [
  article({
    title: "Ethereum Developers Set Date for Next Network Upgrade",
    dek: "Core developers agreed on a mainnet date after the upgrade ran smoothly on the last public test network.",
    category: "ethereum",
    tags: ["ethereum", "layer-2"],
    authors: ["priya-raman"],
    hoursAgo: 8,
    motif: "blocks",
    updatedAfterMinutes: 25,
    body: `Ethereum's core developers agreed on a call this week to activate the network's next upgrade on mainnet in about six weeks, after it ran without problems on the final public test network.

### What changes

The upgrade raises the amount of data that layer-2 networks can post to Ethereum in each block, which should lower fees for users of rollups. It also includes smaller changes to how validators manage their balances.

### What users need to do

Most holders need to do nothing. Node operators must update their software before the activation date, and exchanges typically pause deposits for a short window around the switch.

- Client teams will publish final releases within two weeks.
- A community call will walk staking providers through the changes.`,
  }),
  article({
    title: "Ether Staking Queue Lengthens as Yields Stabilise",
    dek: "More holders want to stake their ether, and the wait to join the validator set has stretched to several days.",
    category: "ethereum",
    tags: ["ethereum", "staking"],
    authors: ["priya-raman"],
    hoursAgo: 90,
    motif: "coin",
    body: `The line of validators waiting to start staking ether has grown to its longest in months, meaning new stakers now wait several days before they begin earning rewards.

### Why the queue exists

Ethereum limits how many validators can join or leave in each period to keep the network stable. When demand rises quickly, a queue forms.

### Yields steady

Staking yields have settled in a narrow range of around three percent a year, combining protocol rewards with transaction fees. Liquid staking providers, which issue tradable tokens in exchange for staked ether, account for a large share of new deposits.

Read our [DeFi coverage](/category/defi) for how those tokens are used.`,
  }),
  article({
    title: "Layer-2 Networks Process More Transactions Than Ethereum Itself",
    dek: "Rollups now handle several times the daily activity of the main chain, with fees falling after recent upgrades.",
    category: "ethereum",
    tags: ["ethereum", "layer-2"],
    authors: ["daniel-reyes", "priya-raman"],
    hoursAgo: 260,
    motif: "network",
    body: `Combined activity on Ethereum's layer-2 networks has reached several times the number of transactions processed directly on the main chain, according to public dashboards.

### Cheaper by design

Rollups bundle many transactions together and post a compressed summary to Ethereum. Since the network added dedicated space for that data, the cost of posting it has fallen sharply, and users have followed the lower fees.

| Network type | Typical fee | Settlement |
| --- | --- | --- |
| Ethereum mainnet | higher, varies with demand | directly on chain |
| Optimistic rollup | a few cents | after a challenge window |
| Zero-knowledge rollup | a few cents | after a proof is verified |

### Open questions

Critics say activity is spread across too many separate networks, making it harder for users to move funds between them.`,
  }),
  article({
    title: "Smart Account Wallets Gain Ground Among Ethereum Users",
    dek: "Wallets that can recover access without a seed phrase are growing quickly after a standard for them matured.",
    category: "ethereum",
    tags: ["ethereum", "wallets", "security"],
    authors: ["priya-raman"],
    hoursAgo: 640,
    motif: "shield",
    body: `Wallets built as smart contracts rather than simple key pairs are attracting more users, as the standards that support them have matured and fees on layer-2 networks have fallen.

### What they offer

- Recovery through trusted contacts or devices instead of a single seed phrase.
- Spending limits and approval rules.
- Fees paid in stablecoins, or covered by the app.

### The trade-offs

Smart accounts depend on code that must be audited carefully, and not every application supports them yet. Developers say the gap is closing quickly.`,
  }),
  article({
    title: "Solana Network Activity Surges on Memecoin Trading",
    dek: "A wave of speculative token launches pushed daily transactions and fees on Solana to new highs.",
    category: "altcoins",
    tags: ["solana", "exchanges"],
    authors: ["daniel-reyes"],
    hoursAgo: 20,
    motif: "candles",
    body: `Solana recorded its busiest week on record as traders piled into newly launched memecoins, driving up transaction counts and the fees paid to validators.

### Speed attracts speculation

Low fees and fast confirmation make Solana a favourite venue for launching and trading small tokens. Several launch platforms reported thousands of new tokens a day.

### Risks for traders

Most of these tokens lose nearly all of their value within weeks. Analysts warned that a handful of insiders often hold large shares of supply at launch.

> The network is handling the load well; whether the tokens deserve the attention is a different question.`,
  }),
  article({
    title: "Dogecoin Jumps After Payment Processor Adds Support",
    dek: "The original memecoin rose sharply after a checkout provider said merchants could accept it.",
    category: "altcoins",
    tags: ["dogecoin", "payments"],
    authors: ["news-desk"],
    hoursAgo: 130,
    motif: "chart-up",
    body: `Dogecoin gained strongly on the day after a payment processor used by thousands of online shops said it would let merchants accept the token at checkout.

### How it works

Merchants will not hold dogecoin themselves unless they choose to. The processor converts payments into dollars at the moment of sale, so shops avoid price swings.

### A familiar pattern

Dogecoin has often rallied on adoption headlines, only to give back gains later. Trading volumes were several times their recent average, and derivatives markets showed a jump in leveraged long positions.`,
  }),
  article({
    title: "BNB Chain Cuts Gas Fees in Bid for Developers",
    dek: "Validators voted to lower the minimum fee, making small transactions cheaper on the network.",
    category: "altcoins",
    tags: ["bnb", "defi"],
    authors: ["daniel-reyes"],
    hoursAgo: 330,
    motif: "coin",
    body: `Validators on BNB Chain approved a proposal to reduce the network's minimum gas price, lowering the cost of ordinary transfers and contract calls.

### Competing on cost

Fees have become a key battleground between networks trying to attract developers. BNB Chain's move follows similar reductions elsewhere and comes as activity on rival chains has grown.

### Effect on validators

Lower fees mean less income per transaction. Supporters argue that higher volume will make up the difference, while some validators warned the change could make spam attacks cheaper.`,
  }),
  article({
    title: "TRON Stablecoin Transfers Top Record Monthly Volume",
    dek: "Dollar-pegged tokens moved on TRON in record amounts, underlining the network's role in everyday transfers.",
    category: "altcoins",
    tags: ["tron", "stablecoins", "payments"],
    authors: ["tomasz-kowal"],
    hoursAgo: 880,
    motif: "globe",
    body: `The value of stablecoins sent across the TRON network reached a monthly record, driven by transfers between exchanges and by people moving dollars across borders.

### Why TRON

Low fees and wide support at exchanges made TRON a default route for dollar tokens in many emerging markets. Users in regions with unstable currencies rely on it to hold and send value.

### Scrutiny grows

Compliance firms say the same features attract illicit flows, and several issuers now freeze tokens linked to fraud on request from authorities.`,
  }),
  article({
    title: "DeFi Lending Rates Rise as Borrowing Demand Returns",
    dek: "Interest on stablecoin loans climbed on the largest lending protocols as traders borrowed to buy crypto.",
    category: "defi",
    tags: ["defi", "stablecoins"],
    authors: ["priya-raman"],
    hoursAgo: 36,
    motif: "chart-up",
    body: `The rate paid to borrow stablecoins on major decentralised lending protocols rose this week to its highest level in several months.

### Reading the rate

On-chain lending rates move automatically with how much of a pool is borrowed. When traders borrow stablecoins to buy more crypto, utilisation rises and so does the rate.

### Good for lenders

Depositors earned noticeably more on their stablecoins than on a bank savings account. Risk managers reminded users that smart-contract risk and the possibility of a sudden price crash still apply.

- Utilisation on the largest pools passed 80%.
- Liquidations stayed low thanks to steady prices.`,
  }),
  article({
    title: "Exchange Protocol Recovers Funds After Pricing Exploit",
    dek: "An attacker manipulated a thinly traded pool to drain a lending market, then returned most of the money in exchange for a bounty.",
    category: "defi",
    tags: ["defi", "security"],
    authors: ["priya-raman", "tomasz-kowal"],
    hoursAgo: 180,
    motif: "shield",
    oldSlug: "defi-exploit-funds-returned",
    body: `A decentralised lending market lost several million dollars when an attacker pushed up the price of a little-traded token and borrowed against it. Two days later, most of the funds were returned.

### What went wrong

The market relied on a single pool for its price data. By trading heavily in that pool, the attacker made the token look far more valuable than it was, then used it as collateral.

### How it ended

The team offered a bounty and no legal action in return for the funds. The attacker accepted, keeping about ten percent. The protocol has since switched to prices averaged over several sources and time.

> Price oracles remain one of the weakest links in decentralised finance.`,
  }),
  article({
    title: "Tokenised Treasury Funds Pass a New Milestone",
    dek: "On-chain funds holding U.S. government debt keep growing as DeFi protocols accept them as collateral.",
    category: "defi",
    tags: ["tokenization", "defi", "institutional"],
    authors: ["maya-okafor"],
    hoursAgo: 500,
    motif: "building",
    body: `The total value of tokenised funds that hold short-term U.S. Treasury bills has passed a new milestone, according to trackers of real-world assets on public blockchains.

### Why they are growing

The funds offer a yield close to that of government bills while settling on blockchains around the clock. Crypto firms use them to park cash, and several lending protocols now accept them as collateral.

### Limits

Most funds are only open to approved investors, and redemptions still depend on traditional market hours. See the [market page](/market) for current crypto prices.`,
  }),
  article({
    title: "NFT Trading Volume Rebounds on Gaming Collections",
    dek: "Marketplaces reported their best month in a year, led by items from blockchain games rather than art.",
    category: "nft",
    tags: ["nft", "gaming"],
    authors: ["daniel-reyes"],
    hoursAgo: 44,
    motif: "blocks",
    body: `Trading volume on the main NFT marketplaces rose to its highest monthly level in a year, with in-game items making up most of the activity.

### Games lead the way

Players bought and sold characters, land and equipment from a handful of popular titles. Unlike profile-picture collections, these items have a use inside the games, which supports steadier demand.

### Art remains quiet

Prices for most art collections stayed far below their peaks, and many traders moved on.

| Segment | Share of volume |
| --- | --- |
| Gaming items | about half |
| Art and collectibles | about a third |
| Other | the rest |`,
  }),
  article({
    title: "Marketplace Restores Creator Royalties by Default",
    dek: "A major NFT marketplace will enforce royalties on new collections again after pressure from artists.",
    category: "nft",
    tags: ["nft"],
    authors: ["priya-raman"],
    hoursAgo: 300,
    motif: "book",
    body: `One of the largest NFT marketplaces said it will once again enforce creator royalties on new collections, reversing a policy that let buyers skip the fee.

### The background

Royalties pay artists a share of every resale. When marketplaces competed on fees a few years ago, many made royalties optional, cutting artists' income sharply.

### What changes

New collections can require royalties through on-chain rules. Creators welcomed the move, while some traders warned it would push volume to rival platforms.`,
  }),
  article({
    title: "Museums Experiment With On-Chain Certificates for Digital Art",
    dek: "Several galleries are issuing blockchain certificates to record the provenance of digital works they acquire.",
    category: "nft",
    tags: ["nft", "tokenization"],
    authors: ["news-desk"],
    hoursAgo: 900,
    motif: "book",
    body: `A small group of museums has begun recording acquisitions of digital art with certificates on public blockchains, aiming to make the history of each work easy to verify.

### Provenance, not speculation

The certificates are not meant to be traded. They record who created a work, when it was acquired and any later exhibitions, much like paper records do for paintings.

### Challenges

Curators note that the files themselves must still be stored safely for decades, which a blockchain certificate does not solve.`,
  }),
  article({
    title: "Trade Finance Network Moves Letters of Credit On-Chain",
    dek: "A consortium of exporters and banks says paperwork that once took days now clears in hours.",
    category: "blockchain",
    tags: ["tokenization", "institutional", "payments"],
    authors: ["tomasz-kowal"],
    hoursAgo: 60,
    motif: "globe",
    body: `A group of banks and shipping firms has moved the processing of letters of credit onto a shared ledger, cutting the time needed to check and approve documents.

### How it works

Each party signs documents on the shared ledger, so everyone sees the same version at the same time. Banks can release payment as soon as the required records are present.

### Results so far

Participants said approval times dropped from several days to a few hours in the first months. The consortium plans to add more trade routes next year.`,
  }),
  article({
    title: "Zero-Knowledge Proofs Move From Research to Production",
    dek: "Faster proving hardware and better tools are bringing privacy-preserving verification into everyday applications.",
    category: "blockchain",
    tags: ["privacy", "layer-2", "security"],
    authors: ["priya-raman"],
    hoursAgo: 420,
    motif: "shield",
    body: `Zero-knowledge proofs, which let one party prove a statement is true without revealing the underlying data, are showing up in more production systems.

### Where they are used

- Rollups that prove batches of transactions are valid.
- Identity checks that confirm age or residency without sharing documents.
- Audits that show reserves exceed liabilities without exposing client data.

### Why now

Specialised hardware and open-source libraries have cut the time and cost of producing proofs. Developers say the remaining barrier is the expertise needed to design circuits safely.`,
  }),
  article({
    title: "Energy Grids Pilot Blockchain Tracking for Renewable Certificates",
    dek: "Utilities are testing shared ledgers to prevent the same unit of green power from being sold twice.",
    category: "blockchain",
    tags: ["tokenization"],
    authors: ["news-desk"],
    hoursAgo: 760,
    motif: "network",
    body: `Two grid operators have started pilots that record renewable-energy certificates on a shared ledger, aiming to stop double counting of clean power.

### The problem

When a wind farm produces electricity, it earns certificates that companies buy to back green claims. Separate registries can make it hard to prove a certificate was only used once.

### The approach

Recording certificates on a common ledger lets buyers, sellers and auditors see each transfer. The pilots will run for a year before regulators decide whether to adopt the system.`,
  }),
  article({
    title: "DAO Votes to Fund Open-Source Wallet Security Audits",
    dek: "Token holders approved a grant programme to pay independent auditors to review popular wallet software.",
    category: "web3",
    tags: ["dao", "security", "wallets"],
    authors: ["priya-raman"],
    hoursAgo: 12,
    motif: "shield",
    updatedAfterMinutes: 60,
    body: `Members of a large decentralised autonomous organisation voted to set aside part of its treasury to pay for independent security audits of widely used open-source wallets.

### The proposal

Grants will go to audit firms chosen by a small elected committee. Findings will be published once the wallet teams have fixed any problems.

### Why it matters

Wallet bugs can put many users at risk at once, yet open-source teams often lack money for professional reviews. Supporters called the vote a practical use of shared funds.

- Turnout was among the highest in the DAO's history.
- The first round will cover four wallets.`,
  }),
  article({
    title: "Decentralised Identity Pilot Lets Students Share Verified Diplomas",
    dek: "Universities are issuing digital credentials that employers can check instantly without contacting the school.",
    category: "web3",
    tags: ["privacy", "wallets"],
    authors: ["news-desk"],
    hoursAgo: 290,
    motif: "book",
    body: `Several universities have begun issuing diplomas as digital credentials that graduates keep in a wallet on their phone and share with employers.

### How verification works

The university signs each credential. An employer's software checks the signature against the university's public record, confirming the diploma is genuine without a phone call or email.

### Privacy built in

Graduates choose what to share. A future version will let them prove they hold a degree without revealing grades or dates.`,
  }),
  article({
    title: "Web3 Social Apps Struggle to Keep Users After Launch Hype",
    dek: "Decentralised social networks drew crowds at launch, but daily activity has fallen back as novelty fades.",
    category: "web3",
    tags: ["dao", "wallets"],
    authors: ["daniel-reyes"],
    hoursAgo: 680,
    motif: "network",
    body: `Social networks built on open protocols saw rapid sign-ups this year, but data shows many new users stopped posting within weeks.

### The retention problem

Users praise the idea of owning their followers and content, yet many found the apps harder to use than the platforms they already know. Fees for some actions also discouraged casual posting.

### Reasons for hope

Developers point out that several apps have simplified sign-up and now cover small fees for users. The protocols themselves keep growing in the number of independent apps built on them.`,
  }),
];
