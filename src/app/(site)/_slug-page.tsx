import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteSidebar } from "@/app/_chrome/site-sidebar";
import type { ArchiveList } from "@/features/articles/archive-paths";
import { ArchiveView, archiveMetadata } from "@/features/articles/components/archive-view";
import { ArticlePage, articleMetadata } from "@/features/articles/components/article-page";
import { getCategory } from "@/features/categories/data";
import { articleReaderParts } from "./_article-parts";

// The public pages named by one slug (/news/[slug], /learn/[slug], /category/[slug], /tag/[slug],
// /author/[slug]): each route file keeps its own `revalidate` (Next reads it from the file) and
// takes the rest from here. A slug that names nothing is the feature view's business: its
// metadata answers "Page not found — <site>" and its page calls notFound(). The later pages of
// the archive lists (/paged/…) share `archivePage` with them.

/** The props Next hands a route with one [slug] segment. */
export interface SlugPageProps {
  params: Promise<{ slug: string }>;
}

function slugPage(parts: {
  metadata: (slug: string) => Promise<Metadata>;
  body: (slug: string) => ReactNode;
}) {
  return {
    generateMetadata: async ({ params }: SlugPageProps) => parts.metadata((await params).slug),
    Page: async ({ params }: SlugPageProps) => parts.body((await params).slug),
    // No slug is built in advance: each page is rendered on its first request, then cached.
    generateStaticParams: () => [],
  };
}

/** An article page: news under /news, guides under /learn. */
export function articleSlugPage(kind: "NEWS" | "GUIDE") {
  return slugPage({
    metadata: (slug) => articleMetadata(slug, kind),
    body: (slug) => (
      <ArticlePage
        slug={slug}
        kind={kind}
        sidebar={<SiteSidebar />}
        readerParts={articleReaderParts}
      />
    ),
  });
}

/**
 * Any page of any archive list (news, guides, a category, a tag, an author): its metadata and its
 * body. Category lists look their key up in the categories feature (see archive-view.tsx).
 */
export const archivePage = {
  metadata: (list: ArchiveList, key: string, page: number) =>
    archiveMetadata(list, key, page, getCategory),
  body: (list: ArchiveList, key: string, page: number) => (
    <ArchiveView list={list} listKey={key} page={page} findCategory={getCategory} />
  ),
};

/** Page 1 of a category's, tag's or author's list (later pages: /paged/<list>/<slug>/<page>). */
export function archiveSlugPage(list: "category" | "tag" | "author") {
  return slugPage({
    metadata: (slug) => archivePage.metadata(list, slug, 1),
    body: (slug) => archivePage.body(list, slug, 1),
  });
}
