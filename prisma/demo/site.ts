// Demo authors, static pages, site settings and reader comments. Every sentence here was
// written for this project; names, handles and email addresses are fictional.
import type { DemoAuthor, DemoComment, DemoPage } from "./types";

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    slug: "news-desk",
    name: "News Desk",
    email: "newsdesk@example.com",
    role: "EDITOR",
    bio: "The CoinMela News Desk is the shared byline of our editors and reporters, who follow crypto and traditional markets around the clock across three time zones. Desk stories are written, fact-checked and edited by the team together, usually when news breaks and speed matters most.",
    socials: { x: "https://x.com/coinmela", telegram: "https://t.me/coinmela" },
  },
  {
    slug: "maya-okafor",
    name: "Maya Okafor",
    email: "maya.okafor@example.com",
    role: "EDITOR",
    bio: "Maya Okafor is a senior markets editor covering Bitcoin, macroeconomics and the way central bank decisions ripple into digital assets. She spent years on a fixed-income desk before turning to journalism, and she still reads bond auctions for fun.",
    socials: {
      x: "https://x.com/mayaokafor_demo",
      linkedin: "https://www.linkedin.com/in/maya-okafor-demo",
    },
  },
  {
    slug: "daniel-reyes",
    name: "Daniel Reyes",
    email: "daniel.reyes@example.com",
    role: "CONTRIBUTOR",
    bio: "Daniel Reyes writes about equities, from small-cap rotations to the earnings of the largest index heavyweights. He favours charts over adjectives and tries to explain every market move in terms a first-time investor can follow.",
    socials: {
      x: "https://x.com/danreyes_demo",
      linkedin: "https://www.linkedin.com/in/daniel-reyes-demo",
    },
  },
  {
    slug: "priya-raman",
    name: "Priya Raman",
    email: "priya.raman@example.com",
    role: "CONTRIBUTOR",
    bio: "Priya Raman covers decentralized finance and leads our education guides, turning lending protocols, wallets and staking into step-by-step explainers. Before joining CoinMela she taught mathematics and built small smart-contract projects on the side.",
    socials: {
      x: "https://x.com/priyaraman_demo",
      telegram: "https://t.me/priyaraman_demo",
      linkedin: "https://www.linkedin.com/in/priya-raman-demo",
    },
  },
  {
    slug: "tomasz-kowal",
    name: "Tomasz Kowal",
    email: "tomasz.kowal@example.com",
    role: "EDITOR",
    bio: "Tomasz Kowal reports on regulation, payments and the policy fights shaping crypto in Europe and the United States. He reads the full text of every rulebook he writes about, and he is happiest when a footnote turns into a story.",
    socials: {
      x: "https://x.com/tkowal_demo",
      linkedin: "https://www.linkedin.com/in/tomasz-kowal-demo",
    },
  },
];

export const DEMO_PAGES: DemoPage[] = [
  {
    slug: "about",
    title: "About Us",
    description:
      "CoinMela is an independent newsroom covering crypto, stocks and the wider markets with clear, carefully checked reporting.",
    body: `CoinMela is an independent news site about digital assets and the financial markets around them. We cover Bitcoin, Ethereum and the wider token market alongside stocks, interest rates and the companies that connect the two worlds. Our aim is simple: explain what happened, why it matters and what we still do not know.

### What we believe

Markets reward people who understand them, and good information should not be hidden behind jargon. We write for curious readers, long-term savers and professionals alike, and we try never to talk down to any of them.

- **Accuracy before speed.** We would rather publish a few minutes later than publish something wrong.
- **No hype.** We do not tell readers what to buy or sell, and we avoid price predictions dressed up as news.
- **Clear sourcing.** When we rely on data, filings or interviews, we say where the information came from.
- **Independence.** Our editors decide what we cover. Advertisers and sponsors have no say over editorial decisions.

### Who we are

Our team is made up of editors and reporters with backgrounds in trading desks, economics, software and traditional journalism. Stories published under the News Desk byline are written and checked by several members of the team together; everything else carries the name of the reporter who wrote it, so you always know who is accountable.

### How we are funded

CoinMela is supported by advertising and by clearly labelled sponsored content. Display advertisements appear in marked slots, and any article paid for by a third party carries a visible "Sponsored" label and the sponsor's name. Sponsors never review or approve our news coverage.

### Get in touch

We enjoy hearing from readers, whether you have a story tip, a question or a complaint. Visit our [contact page](/contact) to reach the right person, or read our [corrections policy](/corrections) to learn how we handle mistakes.`,
  },
  {
    slug: "contact",
    title: "Contact Us",
    description:
      "How to reach the CoinMela newsroom with story tips, corrections, partnership questions or feedback about the site.",
    body: `We read every message we receive, although we cannot always reply to each one individually. Choosing the right address below helps your note reach the person best placed to answer it.

### Newsroom and story tips

If you have information about a market event, a company or a project you believe deserves coverage, write to **tips@example.com**. Please include as much context as you can: documents, links to public filings and a way to contact you. We treat the identity of sources with care and never publish it without permission.

### Corrections

Spotted an error in one of our articles? Email **corrections@example.com** with the headline or a link to the story and a short explanation of what is wrong. Our [corrections policy](/corrections) explains what happens next.

### Advertising and partnerships

For advertising, sponsored content and other commercial questions, contact **ads@example.com**. You can also read more on our [advertising page](/advertise). Commercial enquiries sent to the newsroom address are forwarded to the advertising team and do not influence our reporting.

### General feedback

Ideas for guides, suggestions about the website or general questions can go to **hello@example.com**. If you have trouble with your account, such as signing in or resetting a password, please mention the username you registered with, but never send us your password.

### Before you write

- We do not provide personal investment advice, so we cannot tell you whether to buy or sell any asset.
- We will never ask you to send cryptocurrency, share a seed phrase or install software. Anyone claiming to be from CoinMela who asks for these things is not us.
- Press releases are welcome at the newsroom address, but they are not published automatically.

We usually respond to correction requests within one business day and to other messages within a week.`,
  },
  {
    slug: "corrections",
    title: "Corrections",
    description:
      "How CoinMela corrects errors in its reporting, how corrections are marked and how readers can report a mistake.",
    body: `Every newsroom makes mistakes. What matters is how quickly and openly they are fixed. This page explains how CoinMela handles errors in its articles and guides.

### How we fix errors

When we learn that something we published may be wrong, an editor reviews the claim against our sources. If the article contains a factual error, we correct the text as soon as the fix has been checked. We do not quietly rewrite stories to hide a mistake.

- **Factual errors**, such as a wrong figure, date, name or quote, are corrected in the text and noted at the end of the article with a short description of what changed.
- **Significant errors** that change the meaning of a story are corrected and highlighted at the top of the article so that readers who saw the original version notice the change.
- **Minor fixes**, such as spelling or formatting, are made without a note when they do not affect the meaning.
- **Updates** that add new information to a developing story are not corrections; they are marked as updates instead.

### Timestamps

Each article shows when it was first published. When an article is changed after publication, we also show the time it was last updated. Both times are displayed in the site's time zone so you can see at a glance whether you are reading the latest version.

### Removing articles

We very rarely remove an article. If a story is found to be fundamentally unreliable, we may replace it with an editor's note explaining why it is no longer available, rather than letting it disappear without explanation.

### How to report a mistake

If you believe we got something wrong, please email **corrections@example.com**. Include:

1. The headline or a link to the article.
2. The sentence or figure you believe is incorrect.
3. Any source that supports the correction, such as a filing, dataset or official statement.

An editor reads every request. We aim to respond within one business day, and we will tell you what we decided even when we conclude that no correction is needed.`,
  },
  {
    slug: "terms",
    title: "Terms and Conditions",
    description:
      "The rules for using the CoinMela website, creating an account and taking part in the comment section.",
    body: `These terms explain the rules for using CoinMela. By browsing the site, creating an account or posting a comment, you agree to them. If you do not agree, please do not use the site.

### Using the site

You are welcome to read, share and link to our articles. You may quote short passages with a link back to the original story. Copying whole articles, republishing our images or scraping the site in a way that places unusual load on our servers is not permitted without written permission.

Everything on CoinMela is provided for general information. Nothing on the site is investment, legal or tax advice; please read our [disclaimer](/disclaimer) for details. We work hard to keep information accurate, but we cannot guarantee that every article, price or chart is complete or current at the moment you read it.

### Accounts

Some features, such as posting comments, require an account.

- You are responsible for keeping your password private and for activity that happens under your account.
- Please choose a username that does not impersonate another person, brand or member of our staff.
- You may close your account at any time by contacting us. We may suspend accounts that break these terms.

### Comment rules

Comments are a place for discussion, not for marketing. We review comments and may hold, edit or remove them. When you post, please:

- Stay on topic and be civil, even when you disagree.
- Do not post abuse, harassment, hate speech or personal information about others.
- Do not promote tokens, referral links, giveaways or trading groups.
- Do not post anything illegal, misleading or that you do not have the right to share.

Repeated breaches may lead to a permanent ban. Comments reflect the views of their authors, not of CoinMela.

### Links to other sites

Articles may link to other websites. We are not responsible for their content or for how they handle your data.

### Changes to these terms

We may update these terms from time to time. When we make a meaningful change, we will note the date at the top of this page. Continuing to use the site after a change means you accept the updated terms.`,
  },
  {
    slug: "disclaimer",
    title: "Disclaimer",
    description:
      "CoinMela publishes news and education, not investment advice; market data may be delayed and sponsored content is always labelled.",
    body: `CoinMela publishes news, analysis and educational guides about cryptocurrencies, stocks and financial markets. Please read this disclaimer carefully before acting on anything you read here.

### Not investment advice

Nothing on this website is financial, investment, legal or tax advice, and nothing here is a recommendation to buy, sell or hold any asset. Our articles describe events and explain ideas; they do not take your personal circumstances into account. Before making a financial decision, consider speaking with a qualified, independent adviser.

Cryptocurrencies and many equities are volatile. Prices can fall sharply and quickly, and you can lose some or all of the money you invest. Past performance is not a reliable guide to future results.

### Market data

Prices, charts and other market figures shown on the site are provided for information only.

- Cryptocurrency market data is provided by **CoinGecko** and may be delayed by several minutes.
- Figures can differ between exchanges and data providers, and they may occasionally be incomplete or wrong.
- Do not rely on the prices shown here for trading. Always check the price on the platform you use before placing an order.

### Sponsored content and advertising

Some content on CoinMela is paid for by third parties. Sponsored articles are always labelled **"Sponsored"** and name the sponsor; they are not written by our newsroom and do not represent its views. Display advertisements appear in slots marked **"Advertisement"**. A sponsorship or advertisement is not an endorsement of any product, project or token.

### Staff holdings

Our writers may own small amounts of the assets they write about. Staff are not allowed to trade an asset based on information they learn before a story is published, and they should not cover projects in which they hold a significant stake.

### Accuracy

We check our work carefully, but errors can happen. If you find one, please tell us through our [corrections page](/corrections). CoinMela is not liable for losses arising from the use of information published on this site.`,
  },
  {
    slug: "privacy",
    title: "Privacy Policy",
    description:
      "What little data CoinMela collects, why we collect it, and how we protect it: no third-party trackers and no selling of data.",
    body: `We built CoinMela to collect as little personal information as possible. This policy describes what we do collect, why, and what choices you have.

### Reading the site

You can read every article without an account. To know which stories are popular, we count page views on our own servers. This counting is first-party only: we do not use third-party analytics services, advertising trackers or social media pixels, and view counts are stored as simple totals per article rather than as profiles of individual readers.

Like any website, our servers briefly process technical information such as your IP address to deliver pages and protect the site from abuse.

### Cookies and browser storage

We use a cookie only when you sign in, to keep your session active. We do not set cookies for advertising or tracking.

Preferences such as light or dark mode are stored in your own browser's local storage. They never leave your device, and you can clear them at any time through your browser settings.

### Accounts and comments

If you create an account, we store your username, email address and a securely hashed version of your password. We never store your password in plain text.

When you post a comment, we store its text, the time it was posted and the account that wrote it. Approved comments are public and show your username. Comments may be held for review before they appear.

### Email

We use your email address only for account purposes, such as sending a link to reset your password. We do not send newsletters or marketing messages unless you explicitly ask for them.

### What we never do

- We do not sell, rent or trade your personal data.
- We do not share your information with advertisers.
- We do not build advertising profiles of our readers.

### Your choices

You can ask us to correct or delete your account and comments by writing to **privacy@example.com**. We will confirm the request and complete it within thirty days, unless the law requires us to keep certain records for longer.

### Changes

If we change how we handle data, we will update this page and note the date of the change.`,
  },
  {
    slug: "advertise",
    title: "Advertise with Us",
    description:
      "Reach engaged crypto and markets readers with clearly labelled display advertising and sponsored articles on CoinMela.",
    body: `CoinMela readers come to us for straightforward reporting on crypto and financial markets. They include long-term investors, active traders, developers and professionals who follow markets for work. If your product serves that audience, we would be glad to talk.

### Display advertising

We offer a single, clearly marked display slot on article and section pages, so your message is not lost among a wall of banners. Every placement is labelled **"Advertisement"** so readers always know what they are looking at.

- Static images in standard sizes, served from our own domain.
- No pop-ups, auto-playing video or audio, or ads that cover content.
- No third-party tracking scripts; we report impressions from our own first-party counts.

### Sponsored articles

Sponsored articles let you tell a longer story, such as a product launch, a research report or an educational series. They are published with a visible **"Sponsored"** label and the sponsor's name, and they are kept separate from our newsroom's coverage.

- Sponsored articles are written by you or by our commercial team, never by our reporters.
- We check them for accuracy and clarity before publication and may decline claims we cannot verify.
- They are marked as sponsored to search engines as well as to readers.

### What we do not accept

To protect our readers, we do not accept advertising for:

1. Guaranteed-return schemes or anything promising risk-free profit.
2. Token sales that are not open about who is behind them.
3. Gambling products, or services that are unlicensed where our readers live.

### Editorial independence

Buying an advertisement or a sponsored article does not buy coverage. Our newsroom decides what to report independently, and advertisers cannot review, change or delay our news stories.

### Get in touch

To discuss rates, availability and formats, email **ads@example.com** with a short description of your company and goals. We usually reply within two business days.`,
  },
];

export interface DemoSettings {
  siteName: string;
  tagline: string;
  description: string;
  aboutText: string;
  /** `{year}` is replaced with the current year when the footer is rendered. */
  copyright: string;
  timeZone: string;
  socials: { x: string; youtube: string; telegram: string; linkedin: string };
  followBlurb: string;
  ad: { label: string; headline: string; href: string };
}

export const DEMO_SETTINGS: DemoSettings = {
  siteName: "CoinMela",
  tagline: "Crypto and markets news, explained clearly",
  description:
    "CoinMela brings you independent news and plain-language analysis on Bitcoin, crypto, stocks and the forces that move markets.",
  aboutText:
    "CoinMela is an independent newsroom covering crypto, stocks and the economy behind them. We report what happened and why it matters, without hype and without telling you what to buy.",
  copyright: "© {year} CoinMela. All rights reserved.",
  timeZone: "America/New_York",
  socials: {
    x: "https://x.com/coinmela",
    youtube: "https://www.youtube.com/@coinmela",
    telegram: "https://t.me/coinmela",
    linkedin: "https://www.linkedin.com/company/coinmela",
  },
  followBlurb: "Get breaking market stories and new guides wherever you spend your time online.",
  ad: {
    label: "Advertisement",
    headline: "Reach readers who follow every market move. Advertise on CoinMela.",
    href: "/advertise",
  },
};

const REFERENCE = "small-caps-show-strong-start-in-2026-outperforming-sp-500";

export const DEMO_COMMENTS: DemoComment[] = [
  {
    article: REFERENCE,
    author: "reader",
    body: "Good breakdown. I had assumed the small-cap bounce was all about rate-cut hopes, but the point about earnings revisions turning positive is the part I had missed. Is there a sense of how much of the index is still unprofitable?",
    hoursAfterPublish: 2,
    status: "APPROVED",
    replies: [
      {
        article: REFERENCE,
        author: "maya-okafor",
        body: "Thanks for reading. Estimates vary with the methodology, but a large share of the index still reports losses over the trailing year, which is one reason the group reacts so strongly to borrowing costs. We'll look at that in more detail in a follow-up.",
        hoursAfterPublish: 4,
        status: "APPROVED",
        replies: [
          {
            article: REFERENCE,
            author: "reader",
            body: "That would be really useful, especially if you split out the companies with floating-rate debt.",
            hoursAfterPublish: 5,
            status: "APPROVED",
          },
        ],
      },
      {
        article: REFERENCE,
        author: "contributor",
        body: "Worth remembering that the unprofitable share is why index-level valuations can look cheap and expensive at the same time, depending on whether you strip out the loss-makers.",
        hoursAfterPublish: 6,
        status: "APPROVED",
      },
    ],
  },
  {
    article: REFERENCE,
    author: "contributor",
    body: "A few strong weeks at the start of a year have fooled people before. I'd want to see the outperformance hold through at least one earnings season before calling it a real rotation.",
    hoursAfterPublish: 3,
    status: "APPROVED",
    replies: [
      {
        article: REFERENCE,
        author: "editor",
        body: "Fair point, and it's why the piece avoids calling it a trend. The next round of quarterly results from regional banks and industrials should tell us a lot more.",
        hoursAfterPublish: 5,
        status: "APPROVED",
      },
      {
        article: REFERENCE,
        author: "reader",
        body: "Agreed. Breadth matters too. If it's only a handful of names doing the lifting, I'm not convinced.",
        hoursAfterPublish: 7,
        status: "APPROVED",
        replies: [
          {
            article: REFERENCE,
            author: "contributor",
            body: "Breadth has actually been decent so far, from what I've seen in the advance-decline numbers, but one month is a small sample.",
            hoursAfterPublish: 8,
            status: "APPROVED",
          },
        ],
      },
    ],
  },
  {
    article: REFERENCE,
    author: "admin",
    body: "For anyone who wants to compare the two indexes themselves, there's a simple side-by-side performance chart here: https://example.com/charts/russell-2000-vs-sp-500. Please keep the discussion civil, everyone.",
    hoursAfterPublish: 9,
    status: "APPROVED",
  },
  {
    article: REFERENCE,
    author: "reader",
    body: "Does any of this carry over to crypto? Bitcoin and small caps seemed to move together for a while, and I'm curious whether that link still holds.",
    hoursAfterPublish: 11,
    status: "APPROVED",
    replies: [
      {
        article: REFERENCE,
        author: "maya-okafor",
        body: "The correlation rises and falls. Both tend to benefit when financial conditions loosen, so they often move together around central bank meetings, but it isn't a stable relationship you can trade on.",
        hoursAfterPublish: 13,
        status: "APPROVED",
      },
    ],
  },
  {
    article: REFERENCE,
    author: "editor",
    body: "Small correction request from our own side: the chart caption should mention that returns are price-only and exclude dividends. We'll update it shortly.",
    hoursAfterPublish: 14,
    status: "APPROVED",
    replies: [
      {
        article: REFERENCE,
        author: "reader",
        body: "Appreciate the transparency. Including dividends would narrow the gap a little, but probably not enough to change the headline.",
        hoursAfterPublish: 16,
        status: "APPROVED",
      },
    ],
  },
  {
    article: REFERENCE,
    author: "contributor",
    body: "Would love to see a follow-up on how equal-weight S&P 500 funds compare over the same period. That seems like the fairer benchmark for a small-cap index.",
    hoursAfterPublish: 20,
    status: "PENDING",
  },
];
