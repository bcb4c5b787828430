import { articleUrl } from "@/features/articles/urls";
import type { FeedArticle } from "./queries";
import { cdata, escapeXml } from "./xml";

/** RSS 2.0 with the full article HTML in content:encoded; links are absolute. */
export function renderRss(options: {
  siteUrl: string;
  title: string;
  description: string;
  selfPath: string;
  articles: FeedArticle[];
}): string {
  const { siteUrl } = options;
  const absolute = (path: string) => new URL(path, siteUrl).toString();
  // Relative links and images in bodies must point at the site when read in a feed reader.
  const absolutize = (html: string) => html.replace(/(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
  const items = options.articles.map((article) => {
    const url = absolute(articleUrl(article));
    const image = article.featuredImage
      ? `<p><img src="${escapeXml(absolute(article.featuredImage.path))}" alt="${escapeXml(article.featuredImage.alt)}"></p>`
      : "";
    return [
      "<item>",
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `<pubDate>${article.publishedAt!.toUTCString()}</pubDate>`,
      ...article.authors.map((a) => `<dc:creator>${escapeXml(a.user.name)}</dc:creator>`),
      `<category>${escapeXml(article.category.name)}</category>`,
      `<description>${escapeXml(article.dek)}</description>`,
      `<content:encoded>${cdata(image + absolutize(article.bodyHtml))}</content:encoded>`,
      "</item>",
    ].join("\n");
  });
  const lastBuild = options.articles[0]?.publishedAt ?? new Date();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${escapeXml(options.title)}</title>`,
    `<link>${escapeXml(absolute("/"))}</link>`,
    `<description>${escapeXml(options.description)}</description>`,
    "<language>en</language>",
    `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
    `<atom:link href="${escapeXml(absolute(options.selfPath))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
