import type { DemoArticle } from "../types";
import { article } from "./build";

// Stocks, Finance, Company, Bitcoin and XRP. Every sentence written for this project; companies
// named here without a public listing are fictional.
export const MARKETS: DemoArticle[] = [
  article({
    title: "Earnings Season Opens With Banks Beating Forecasts",
    dek: "Large lenders reported stronger trading revenue and steadier loan books, giving the broader market an early lift as the reporting season got under way.",
    category: "stocks",
    tags: ["earnings", "sp-500", "interest-rates"],
    authors: ["daniel-reyes"],
    hoursAgo: 5,
    motif: "building",
    updatedAfterMinutes: 40,
    body: `The first week of earnings season belonged to the banks. Several of the largest U.S. lenders posted profits above analyst estimates, helped by busy trading desks and fewer bad loans than many had feared.

### Trading desks carry the quarter

Volatility in bonds and currencies kept clients active, and fixed-income trading revenue rose at most of the big firms. Investment-banking fees also recovered as companies returned to the debt markets to refinance before rates moved again.

### Credit quality holds up

Provisions for loan losses were flat or lower, a sign that consumers and businesses are still paying their bills. Executives sounded cautious about commercial property, where office valuations remain under pressure, but said the exposure was manageable.

- Net interest income dipped slightly as deposit costs stayed high.
- Card delinquencies levelled off after two years of increases.
- Buybacks resumed at a faster pace.

Bank shares led the S&P 500 higher on the day, and analysts will watch whether regional lenders, which report next week, can show the same resilience.`,
  }),
  article({
    title: "Chipmakers Slip as Investors Question AI Spending Pace",
    dek: "Semiconductor stocks fell for a third session after a cloud provider signalled a slower build-out of data centres next year.",
    category: "stocks",
    tags: ["ai", "sp-500", "earnings"],
    authors: ["daniel-reyes"],
    hoursAgo: 52,
    motif: "chart-down",
    body: `Shares of chip designers and equipment makers lost ground for the third day running after comments from a large cloud operator suggested its capital spending would grow more slowly in the coming year.

### Why one comment moved a sector

Demand for AI accelerators has been the main engine behind the sector's gains. Any hint that the biggest buyers are pacing their orders feeds worries that supply could catch up with demand sooner than expected.

### Still a long-term story

Analysts were quick to point out that spending is still set to rise, only at a gentler rate. Several noted that inventories remain lean and that order books stretch well into next year.

> A slower climb is still a climb; the question is how much of it is already in the price.

The semiconductor index remains well ahead for the year, and some fund managers described the pullback as a chance to rebalance rather than a reason to leave.`,
  }),
  article({
    title: "Retail Investors Pour Record Sums Into Equity ETFs",
    dek: "Individual investors bought more stock funds last month than in any month on record, favouring low-cost index products over single shares.",
    category: "stocks",
    tags: ["etf", "sp-500"],
    authors: ["daniel-reyes", "news-desk"],
    hoursAgo: 310,
    motif: "candles",
    body: `Everyday investors put more money into equity exchange-traded funds last month than at any time since such data began to be collected, according to figures compiled by fund trackers.

### Index funds win the flows

Most of the new money went to broad funds tracking the S&P 500 and total-market indexes. Sector funds saw smaller inflows, and single-stock trading volumes at retail brokers actually dipped.

| Fund type | Share of retail inflows |
| --- | --- |
| Broad U.S. index | about 60% |
| International | about 15% |
| Sector and thematic | about 25% |

### What is behind the shift

Brokers point to automatic monthly investing plans, which have grown rapidly, and to falling fees. For many younger investors, a recurring purchase of one index fund has replaced picking stocks altogether. See our [guides](/learn) for how such funds work.`,
  }),
  article({
    title: "Dividend Stocks Regain Favour as Bond Yields Ease",
    dek: "Utilities and consumer staples outperformed as falling Treasury yields made steady payouts look attractive again.",
    category: "stocks",
    tags: ["interest-rates", "sp-500", "macro"],
    authors: ["maya-okafor"],
    hoursAgo: 620,
    motif: "chart-up",
    body: `Companies that pay reliable dividends had their best month in over a year as the yield on the ten-year Treasury note drifted lower.

### The yield trade in reverse

When bonds pay less, investors looking for income turn to stocks with dependable payouts. Utilities, food producers and household-goods makers all beat the wider market, reversing a long stretch in which they lagged.

### Not a one-way bet

Dividend stocks tend to trade like bonds, so a rebound in yields would likely undo some of the gains. Portfolio managers also warned against chasing the highest yields, which can signal a payout at risk.

- Look at the payout ratio, not just the yield.
- Check whether the dividend has grown over a full cycle.
- Watch debt levels at companies that borrow to keep paying.`,
  }),
  article({
    title: "Fed Holds Rates Steady and Signals Patience on Further Cuts",
    dek: "Policymakers left borrowing costs unchanged and said they want more evidence that inflation is cooling before easing again.",
    category: "finance",
    tags: ["federal-reserve", "interest-rates", "macro"],
    authors: ["maya-okafor"],
    hoursAgo: 26,
    motif: "building",
    updatedAfterMinutes: 55,
    body: `The Federal Reserve kept its benchmark interest rate where it was at its latest meeting, pausing after a series of cuts and telling markets it is in no hurry to move again.

### What the statement said

The committee described the economy as expanding at a solid pace and the labour market as broadly balanced. It noted that inflation has come down but remains somewhat above its 2% goal.

### Markets read the tone

Futures traders trimmed bets on a cut at the next meeting but still expect at least one more reduction this year. Bond yields rose slightly, the dollar firmed and rate-sensitive stocks slipped.

### What it means for crypto

Digital assets often react to shifts in rate expectations because they compete with yield-bearing investments for speculative money. Bitcoin dipped after the decision before recovering. Follow our [Bitcoin coverage](/category/bitcoin) for the latest moves.`,
  }),
  article({
    title: "European Regulators Finalise Stablecoin Reserve Rules",
    dek: "New technical standards spell out how issuers must hold and report the assets backing their tokens.",
    category: "finance",
    tags: ["regulation", "stablecoins"],
    authors: ["tomasz-kowal"],
    hoursAgo: 98,
    motif: "shield",
    body: `European supervisors published the final version of the rules that govern how stablecoin issuers manage their reserves, closing one of the last open questions in the bloc's crypto framework.

### Key requirements

- A large share of reserves must sit in bank deposits spread across several institutions.
- The rest may be held in short-dated, high-quality government debt.
- Issuers must publish the composition of their reserves every month and have it checked by an independent firm.

### Industry reaction

Issuers welcomed the clarity but warned that concentration limits on deposits could be hard to meet for the largest tokens. Banks, for their part, see a new source of stable funding.

Lawyers expect the rules to shape designs well beyond Europe, since global issuers want a single structure that satisfies as many regulators as possible.`,
  }),
  article({
    title: "Dollar Weakens as Traders Price In Slower U.S. Growth",
    dek: "The greenback fell against most major currencies after softer retail sales and manufacturing data.",
    category: "finance",
    tags: ["macro", "interest-rates"],
    authors: ["maya-okafor"],
    hoursAgo: 410,
    motif: "globe",
    body: `The U.S. dollar had its weakest week in two months as a run of soft economic reports convinced traders that growth is cooling.

### The data behind the move

Retail sales came in below forecasts and a survey of factory managers showed new orders shrinking. Together they suggested consumers and businesses are both spending more carefully.

### Winners and losers

The euro and the yen both gained, and emerging-market currencies had a strong week. A weaker dollar usually helps U.S. exporters and commodity prices, and it has historically coincided with firmer demand for assets such as gold and bitcoin.

> Currency markets are quick to trade the direction of change, not the level, and the direction this week was clearly down.`,
  }),
  article({
    title: "Why Custody Matters: A Sponsored Look at Institutional Crypto Storage",
    dek: "Northwind Custody explains how qualified custodians separate client assets, insure holdings and prove reserves.",
    category: "finance",
    tags: ["institutional", "security", "wallets"],
    authors: ["news-desk"],
    hoursAgo: 150,
    motif: "shield",
    sponsored: "Northwind Custody",
    body: `Institutions that buy digital assets face a question individuals rarely think about: who actually holds the keys? This sponsored explainer, provided by Northwind Custody, walks through the main approaches.

### Segregated accounts

A qualified custodian keeps each client's assets in separate on-chain addresses rather than pooling them. That makes it easier to prove ownership and to return assets quickly if anything goes wrong.

### Cold storage and key ceremonies

Most holdings sit offline in hardware security modules. Moving them requires approval from several people in different locations, a process designed so that no single person can act alone.

### Proof and insurance

- Regular attestations by an independent auditor.
- Insurance that covers theft from both hot and cold storage.
- Clear rules on what happens to assets if the custodian fails.

*This article was paid for by Northwind Custody. CoinMela's newsroom was not involved in its preparation.*`,
  }),
  article({
    title: "Payments Firm Ledgerline Reports First Annual Profit",
    dek: "The cross-border payments company credited lower funding costs and growth in business accounts for the turnaround.",
    category: "company",
    tags: ["payments", "earnings"],
    authors: ["tomasz-kowal"],
    hoursAgo: 33,
    motif: "chart-up",
    body: `Ledgerline, a payments company that moves money between businesses in more than forty countries, said it made a profit for the full year for the first time since it was founded.

### Where the growth came from

Revenue rose by about a third, driven by small and mid-sized firms that pay suppliers abroad. The company said roughly a tenth of its volume now settles over stablecoin rails, which cut the time and cost of some transfers.

### Costs under control

Management trimmed marketing spending and renegotiated banking agreements. The chief executive said the firm would keep hiring engineers but expects headcount elsewhere to stay flat.

Ledgerline did not give guidance for the coming year, saying only that it expects to remain profitable.`,
  }),
  article({
    title: "Crypto Exchange Harborline Names New Chief Executive",
    dek: "The exchange promoted its head of compliance to the top job as it prepares for licence applications in several countries.",
    category: "company",
    tags: ["exchanges", "regulation"],
    authors: ["tomasz-kowal"],
    hoursAgo: 240,
    motif: "building",
    oldSlug: "harborline-new-ceo",
    body: `Harborline, a mid-sized digital-asset exchange, said its head of compliance will take over as chief executive next month, replacing the co-founder who has led the company since its launch.

### A regulatory agenda

The choice signals where the board sees its priorities. Harborline is preparing licence applications in Europe and Asia, and investors have pressed for stronger controls after a year of industry enforcement actions.

### Continuity for customers

The departing chief executive will stay on as a board adviser. The company said trading fees, products and account terms would not change as a result of the transition.`,
  }),
  article({
    title: "Mining Company Crestpoint Shifts Power to AI Data Centres",
    dek: "The bitcoin miner will lease part of its electricity capacity to computing customers, joining a wider industry trend.",
    category: "company",
    tags: ["mining", "ai", "bitcoin"],
    authors: ["maya-okafor", "daniel-reyes"],
    hoursAgo: 470,
    motif: "network",
    body: `Crestpoint, which operates bitcoin mining sites in Texas and Quebec, said it has agreed to lease about a quarter of its power capacity to a company that runs AI computing clusters.

### Why miners are diversifying

Mining rewards were halved in 2024, squeezing margins. Long-term power contracts, the industry's most valuable asset, can earn steadier returns when rented to computing customers who pay fixed monthly fees.

### Investor reaction

Shares rose sharply on the announcement. Analysts said the deal would smooth earnings but noted that converting mining halls for high-density servers requires new cooling and significant upfront spending.

| | Mining | Computing lease |
| --- | --- | --- |
| Revenue | varies with bitcoin price | fixed monthly fee |
| Capital needs | machines every few years | cooling and building upgrades |`,
  }),
  article({
    title: "Fintech Lender Brightwater Raises Fresh Funding at Lower Valuation",
    dek: "The consumer lender accepted a smaller price tag in exchange for capital to expand its credit products.",
    category: "company",
    tags: ["payments", "institutional"],
    authors: ["daniel-reyes"],
    hoursAgo: 780,
    motif: "coin",
    body: `Brightwater, an online lender that offers instalment loans at checkout, closed a new funding round at a valuation well below its last one, a sign that investors remain selective about consumer-credit businesses.

### Terms of the round

The company did not disclose the exact figure but said the money would fund a new savings account and a credit card aimed at young professionals.

### A sector reset

Several fintech firms have accepted so-called down rounds over the past two years as higher rates made lending more expensive. Founders say the priority now is reaching profitability rather than growth at any cost.`,
  }),
  article({
    title: "Bitcoin ETFs Log Largest Weekly Inflow in Three Months",
    dek: "U.S. spot bitcoin funds took in fresh money every trading day of the week as the price pushed back toward its recent high.",
    category: "bitcoin",
    tags: ["bitcoin", "etf", "institutional"],
    authors: ["maya-okafor"],
    hoursAgo: 3,
    motif: "coin",
    updatedAfterMinutes: 30,
    body: `Spot bitcoin exchange-traded funds in the United States attracted their biggest weekly inflow since the summer, with money arriving on each of the five trading days.

### Who is buying

Fund issuers said demand came from a mix of financial advisers adding small allocations for clients and hedge funds running basis trades. Retail brokerage platforms also reported steady buying.

### Price response

Bitcoin climbed through the week and came within a few percent of its recent peak. Trading volumes on major exchanges rose, while funding rates on perpetual futures stayed moderate, a sign that leverage has not yet run hot.

- Largest single-day inflow came on Tuesday.
- Outflows from older trust products slowed to a trickle.
- Options markets priced higher volatility for the month ahead.

Track prices on our [market page](/market).`,
  }),
  article({
    title: "Bitcoin Hash Rate Hits New High Despite Thinner Margins",
    dek: "The computing power securing the network keeps climbing as miners install newer, more efficient machines.",
    category: "bitcoin",
    tags: ["bitcoin", "mining"],
    authors: ["maya-okafor"],
    hoursAgo: 70,
    motif: "network",
    body: `The total computing power pointed at the bitcoin network reached a record this week, even though the revenue miners earn for each unit of that power sits near multi-year lows.

### Efficiency over size

Operators are replacing older machines with models that use far less electricity per hash. That lets them stay profitable at lower prices, but it also pushes out smaller miners who cannot afford to upgrade.

### Difficulty follows

The network adjusts mining difficulty roughly every two weeks to keep blocks arriving about ten minutes apart. The next adjustment is expected to raise difficulty again, further squeezing margins.

> Rising hash rate is a vote of confidence from the people with the most money at stake in the network's future.`,
  }),
  article({
    title: "Long-Term Bitcoin Holders Begin Taking Profits",
    dek: "On-chain data shows coins that had not moved for over a year changing hands as prices rise.",
    category: "bitcoin",
    tags: ["bitcoin", "macro"],
    authors: ["priya-raman"],
    hoursAgo: 200,
    motif: "candles",
    body: `Wallets that had held their bitcoin for more than a year have started to sell some of it, according to on-chain analysts who track the age of coins when they move.

### Reading the signal

Distribution by long-term holders is normal in rising markets. It tends to cap rallies for a while as new buyers absorb the supply, but it does not by itself mark a top.

### Who is on the other side

Much of the supply appears to be going to exchange-traded funds and to newer wallets. Analysts say the handover from early owners to institutions is one of the defining features of this cycle.

Learn how to read such data in our guide to [price charts](/learn).`,
  }),
  article({
    title: "Lightning Network Capacity Grows as Payment Apps Add Support",
    dek: "More wallets and merchants are routing small bitcoin payments through the faster second layer.",
    category: "bitcoin",
    tags: ["bitcoin", "payments", "layer-2"],
    authors: ["tomasz-kowal"],
    hoursAgo: 560,
    motif: "network",
    body: `The amount of bitcoin locked in Lightning Network payment channels has risen steadily this year as several popular wallets and point-of-sale providers switched it on by default.

### How Lightning works

Instead of recording every payment on the main blockchain, two parties open a channel and exchange signed balance updates. Only the opening and closing of the channel touch the base chain, so payments settle in seconds for a tiny fee.

### Where it is used

- Tipping and small online purchases.
- Cross-border remittances in regions with costly bank transfers.
- Exchange withdrawals, which several platforms now offer over Lightning.

Developers say the main hurdle is still user experience: managing channel liquidity remains confusing for newcomers.`,
  }),
  article({
    title: "XRP Ledger Activity Climbs After Payments Corridor Launch",
    dek: "Transaction counts rose as a remittance provider began settling transfers between Southeast Asia and the Gulf on the ledger.",
    category: "xrp",
    tags: ["xrp", "payments"],
    authors: ["tomasz-kowal"],
    hoursAgo: 14,
    motif: "globe",
    body: `Daily transactions on the XRP Ledger rose to their highest level in several months after a remittance company started using the network to settle payments between workers in the Gulf and their families in Southeast Asia.

### How the corridor works

The provider converts local currency into XRP, moves it across the ledger in seconds and converts it back at the other end. The company says the approach cuts the need to keep cash waiting in accounts abroad.

### Market reaction

XRP's price rose modestly, but analysts cautioned that transaction counts can be inflated by automated activity. The more telling measure will be payment volume over the coming months.`,
  }),
  article({
    title: "XRP Futures Open Interest Reaches Record",
    dek: "Traders have piled into XRP derivatives, raising the stakes for sharp moves in either direction.",
    category: "xrp",
    tags: ["xrp", "exchanges"],
    authors: ["maya-okafor"],
    hoursAgo: 120,
    motif: "candles",
    body: `The total value of open XRP futures contracts across major exchanges reached an all-time high this week, according to derivatives data providers.

### Leverage cuts both ways

High open interest means many traders hold leveraged positions. If the price moves sharply, forced liquidations can accelerate the move, as happened twice last year.

### Funding rates

Funding rates on perpetual contracts were positive but not extreme, suggesting buyers outnumber sellers without being overstretched.

| Measure | This week | A month ago |
| --- | --- | --- |
| Open interest | record high | about 30% lower |
| Funding rate | mildly positive | neutral |`,
  }),
  article({
    title: "Banks Test Tokenised Deposits on the XRP Ledger",
    dek: "A group of regional lenders is trialling digital versions of customer deposits that settle around the clock.",
    category: "xrp",
    tags: ["xrp", "tokenization", "institutional"],
    authors: ["tomasz-kowal", "news-desk"],
    hoursAgo: 350,
    motif: "blocks",
    body: `Several regional banks have begun a pilot that represents customer deposits as tokens on the XRP Ledger, allowing business clients to move funds between participating banks at any hour.

### Why tokenised deposits

Unlike stablecoins, tokenised deposits remain liabilities of a regulated bank and carry the same protections as ordinary accounts. Their appeal is speed: transfers settle in seconds, even on weekends.

### Next steps

The pilot will run for six months with a limited set of corporate customers. Participants said they would publish results on settlement times and operating costs before deciding whether to expand.`,
  }),
  article({
    title: "XRP Price Slides After Large Transfers to Exchanges",
    dek: "Wallet trackers flagged big deposits to trading platforms, and the token fell as traders braced for selling.",
    category: "xrp",
    tags: ["xrp", "exchanges"],
    authors: ["news-desk"],
    hoursAgo: 700,
    motif: "chart-down",
    body: `XRP dropped during the session after blockchain trackers reported several large transfers from private wallets to exchange addresses.

### Why transfers spook traders

Coins usually move to exchanges when owners want to sell. Large deposits therefore tend to make traders nervous, even though some transfers are simply internal reshuffles.

### Perspective

The decline erased about a week of gains. Analysts noted that liquidity in XRP markets is deep enough to absorb sizeable orders, and that similar scares earlier in the year faded within days.`,
  }),
];
