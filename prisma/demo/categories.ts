import type { CategorySlug } from "./types";

export const DEMO_CATEGORIES: { slug: CategorySlug; name: string; description: string }[] = [
  {
    slug: "bitcoin",
    name: "Bitcoin",
    description: "Bitcoin markets, mining, ETFs and the network itself.",
  },
  {
    slug: "ethereum",
    name: "Ethereum",
    description: "Ethereum upgrades, staking, layer 2s and the ether market.",
  },
  {
    slug: "xrp",
    name: "XRP",
    description: "XRP, the XRP Ledger and cross-border payment networks.",
  },
  {
    slug: "altcoins",
    name: "Altcoins",
    description: "Solana, BNB, Dogecoin and the wider token market.",
  },
  {
    slug: "nft",
    name: "NFT",
    description: "Digital collectibles, marketplaces, royalties and on-chain art.",
  },
  {
    slug: "blockchain",
    name: "Blockchain",
    description: "Infrastructure, enterprise ledgers and tokenized assets.",
  },
  {
    slug: "web3",
    name: "Web3",
    description: "Wallets, identity, DAOs and applications built on open networks.",
  },
  {
    slug: "defi",
    name: "DeFi",
    description: "Lending, exchanges, stablecoins and the protocols behind them.",
  },
  {
    slug: "finance",
    name: "Finance",
    description: "Central banks, rates, regulation and the money around markets.",
  },
  {
    slug: "stocks",
    name: "Stocks",
    description: "Equity markets, indexes, earnings and the companies that move them.",
  },
  {
    slug: "company",
    name: "Company",
    description: "Crypto and fintech companies: deals, results and leadership.",
  },
];
