import type { Metadata } from "next";
import { SiteSidebar } from "@/app/_chrome/site-sidebar";
import { ArticlePage, articleMetadata } from "@/features/articles/components/article-page";
import { articleReaderParts } from "../../_article-parts";

// Rendered on first request, then served from the page cache: refreshed by its tags (see
// src/features/articles/refresh.ts) or, as a safety net, after this many seconds.
export const revalidate = 900;
export function generateStaticParams() {
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug, "NEWS");
}

export default async function NewsArticlePage({ params }: Props) {
  return (
    <ArticlePage
      slug={(await params).slug}
      kind="NEWS"
      sidebar={<SiteSidebar />}
      readerParts={articleReaderParts}
    />
  );
}
