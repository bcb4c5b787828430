import type { DemoArticle } from "../types";
import { article } from "./build";

// Evergreen guides for /learn. Every sentence written for this project.
export const GUIDES: DemoArticle[] = [
  article({
    title: "What Is Bitcoin and How Does It Work?",
    dek: "A plain-language introduction to the first cryptocurrency: what it is, how transactions are confirmed and why its supply is fixed.",
    category: "bitcoin",
    tags: ["bitcoin", "mining"],
    authors: ["priya-raman"],
    kind: "guide",
    hoursAgo: 1500,
    motif: "book",
    body: `Bitcoin is a form of digital money that no company or government runs. Instead, thousands of computers around the world keep copies of a shared record of every payment, and they follow the same rules to decide which payments are valid.

### The shared ledger

That record is called a blockchain. New payments are grouped into blocks roughly every ten minutes, and each block points to the one before it. Changing an old payment would mean redoing all the work that came after it, which is what makes the history so hard to tamper with.

### Who confirms payments

Miners compete to add the next block by running specialised computers that search for a number meeting a strict condition. The winner earns newly created bitcoin plus the fees attached to the payments in the block. This competition, called proof of work, costs real electricity, which is what protects the network from cheating.

### A fixed supply

Only 21 million bitcoin will ever exist. The reward for each block is cut in half about every four years, so new supply shrinks over time.

| Event | Approximate year | Block reward after |
| --- | --- | --- |
| Launch | 2009 | 50 BTC |
| Third halving | 2020 | 6.25 BTC |
| Fourth halving | 2024 | 3.125 BTC |

### Owning bitcoin

You hold bitcoin through a wallet that stores your private keys. Whoever controls the keys controls the coins, so keeping them safe matters more than anything else. Our guide to wallet safety explains how.

*This guide is educational and is not financial advice.*`,
  }),
  article({
    title: "How to Read a Crypto Price Chart",
    dek: "Candlesticks, volume and moving averages explained, so a price chart tells you more than whether the line went up.",
    category: "finance",
    tags: ["exchanges", "macro"],
    authors: ["priya-raman"],
    kind: "guide",
    hoursAgo: 1100,
    motif: "candles",
    body: `Price charts can look intimidating, but most of them are built from a few simple pieces. Once you know what each one shows, you can read a chart in seconds.

### Candlesticks

Each candle covers one period, such as an hour or a day. The thick body runs from the opening price to the closing price; the thin lines above and below, called wicks, show the highest and lowest prices reached. A green candle closed higher than it opened, a red one lower.

### Volume

The bars along the bottom show how much was traded in each period. A price move on heavy volume tends to carry more weight than one on light trading, because more money agreed with it.

### Moving averages

A moving average smooths prices over a set number of periods. Traders often compare a short average, such as 20 days, with a longer one, such as 200 days:

- Price above a rising long average is usually read as an uptrend.
- Price below a falling one suggests a downtrend.
- Averages crossing each other are watched as possible turning points.

### Time frames matter

The same asset can look bullish on an hourly chart and bearish on a weekly one. Decide what period fits your plans before drawing conclusions.

### A word of caution

Charts describe what already happened. They can help you understand the market's mood, but they do not predict the future, and no pattern works every time. Check live prices on our [market page](/market).

*This guide is educational and is not financial advice.*`,
  }),
  article({
    title: "Stablecoins Explained",
    dek: "What keeps a dollar token worth a dollar, the main types of stablecoin, and the risks that come with each.",
    category: "defi",
    tags: ["stablecoins", "defi", "regulation"],
    authors: ["news-desk"],
    kind: "guide",
    hoursAgo: 900,
    motif: "coin",
    body: `A stablecoin is a crypto token designed to keep a steady value, usually one U.S. dollar. Stablecoins let people move dollars on blockchains quickly and at any hour, and they are the most common way traders hold cash between trades.

### Fiat-backed stablecoins

The largest stablecoins are backed by reserves of cash and short-term government debt held by the issuer. Anyone who meets the issuer's requirements can swap a token for a dollar, and that promise keeps the price close to one dollar. Their safety depends on the quality of the reserves and on the issuer being honest about them.

### Crypto-backed stablecoins

Some stablecoins are created by locking up more crypto than the tokens are worth. If the collateral falls in value, automated systems sell it to keep every token covered. They avoid relying on a bank but can be strained in a sudden crash.

### Algorithmic designs

A few projects tried to hold their peg with formulas instead of reserves. Several failed dramatically, and most regulators now treat such designs with suspicion.

### Risks to understand

- A token can lose its peg briefly during market stress.
- The issuer may freeze tokens at the request of authorities.
- Rules differ by country and are still changing.

See our [DeFi coverage](/category/defi) for how stablecoins are used in lending markets.

*This guide is educational and is not financial advice.*`,
  }),
  article({
    title: "How to Keep Your Crypto Wallet Safe",
    dek: "Practical steps to protect your keys, avoid common scams and recover access if something goes wrong.",
    category: "web3",
    tags: ["wallets", "security"],
    authors: ["priya-raman"],
    kind: "guide",
    hoursAgo: 700,
    motif: "shield",
    body: `Crypto has no bank to call if your money is taken. The good news is that a few habits prevent most losses.

### Protect your recovery phrase

Your recovery phrase, usually 12 or 24 words, can rebuild your wallet on any device. Write it on paper or metal and store it somewhere safe and private. Never type it into a website, never photograph it and never share it with anyone, including people claiming to be support staff.

### Choose the right wallet

- **Hardware wallets** keep keys on a separate device and are the best choice for larger amounts.
- **Mobile and browser wallets** are convenient for small, everyday sums.
- **Exchange accounts** are simple, but the exchange holds the keys for you.

### Spot common scams

Be wary of messages promising giveaways, urgent security warnings that ask you to connect your wallet, and websites with addresses that are almost right. Before approving a transaction, read what it allows: some requests give a contract permission to move all of a token.

### Keep software current

Update your wallet app and device regularly, and download apps only from official sources.

### Plan for the unexpected

Consider how a trusted person could access your funds if something happened to you, without exposing your phrase today.

*This guide is educational and is not financial advice.*`,
  }),
];
