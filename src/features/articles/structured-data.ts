// JSON-LD for article pages: NewsArticle and BreadcrumbList, as search engines read them.

export interface StructuredArticle {
  url: string;
  title: string;
  description: string;
  imageUrl: string | null;
  publishedAt: Date;
  modifiedAt: Date;
  authors: { name: string; url: string }[];
  section: { name: string; url: string };
}

export function newsArticleJsonLd(
  article: StructuredArticle,
  publisher: { name: string; url: string; logoUrl: string },
) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    ...(article.imageUrl ? { image: [article.imageUrl] } : {}),
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.modifiedAt.toISOString(),
    author: article.authors.map((author) => ({
      "@type": "Person",
      name: author.name,
      url: author.url,
    })),
    publisher: {
      "@type": "Organization",
      name: publisher.name,
      url: publisher.url,
      logo: { "@type": "ImageObject", url: publisher.logoUrl },
    },
    mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
    articleSection: article.section.name,
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** Serializes for a <script type="application/ld+json">: "<" is escaped so text cannot close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
