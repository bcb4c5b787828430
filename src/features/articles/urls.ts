/** Canonical path of an article: guides live under /learn, news under /news. */
export function articleUrl(article: { slug: string; kind: "NEWS" | "GUIDE" }): string {
  return `${article.kind === "GUIDE" ? "/learn" : "/news"}/${article.slug}`;
}
