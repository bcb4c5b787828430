import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd } from "./structured-data";

describe("structured data", () => {
  const article = {
    url: "https://news.example/news/a",
    title: "Title </script><script>alert(1)</script>",
    description: "Dek",
    imageUrl: "https://news.example/images/a.webp",
    publishedAt: new Date("2026-01-27T08:42:00Z"),
    modifiedAt: new Date("2026-01-27T10:17:00Z"),
    authors: [{ name: "News Desk", url: "https://news.example/author/news-desk" }],
    section: { name: "Stocks", url: "https://news.example/category/stocks" },
  };

  it("describes a NewsArticle with every field search engines use", () => {
    const data = newsArticleJsonLd(article, {
      name: "CoinMela",
      url: "https://news.example",
      logoUrl: "https://news.example/images/demo/brand-logo.png",
    });
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: article.title,
      description: "Dek",
      image: [article.imageUrl],
      datePublished: "2026-01-27T08:42:00.000Z",
      dateModified: "2026-01-27T10:17:00.000Z",
      author: [
        { "@type": "Person", name: "News Desk", url: "https://news.example/author/news-desk" },
      ],
      publisher: {
        name: "CoinMela",
        logo: { url: "https://news.example/images/demo/brand-logo.png" },
      },
      mainEntityOfPage: { "@id": article.url },
    });
  });

  it("numbers breadcrumb items from 1", () => {
    const data = breadcrumbJsonLd([
      { name: "Home", url: "https://news.example/" },
      { name: "Stocks", url: "https://news.example/category/stocks" },
    ]);
    expect(data.itemListElement.map((item) => item.position)).toEqual([1, 2]);
  });

  it("cannot be broken out of its script element", () => {
    const script = jsonLdScript({ headline: article.title });
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script)).toEqual({ headline: article.title });
  });
});
