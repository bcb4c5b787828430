import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { PAGE_SIZE, pageCount, pageHref, parsePageParam } from "@/features/articles/pagination";
import { publishedArticlePage } from "@/features/articles/queries";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page) ?? 1;
  const settings = await getSiteSettings();
  return {
    title: `All News${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: `The latest crypto and markets news from ${settings.siteName}, newest first.`,
    alternates: { canonical: pageHref("/news", page) },
  };
}

export default async function AllNewsPage({ searchParams }: Props) {
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  const [settings, { total, articles }] = await Promise.all([
    getSiteSettings(),
    publishedArticlePage({ page, pageSize: PAGE_SIZE }),
  ]);
  const pages = pageCount(total);
  if (page > pages) notFound();
  return (
    <ArticleArchive
      title="All News"
      basePath="/news"
      page={page}
      pages={pages}
      articles={articles}
      timeZone={settings.timeZone}
    />
  );
}
