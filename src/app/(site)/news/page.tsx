import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { pageHref, parsePageParam } from "@/features/articles/pagination";
import { getArchivePage } from "@/features/articles/data";
import { getSiteSettings } from "@/features/settings/data";

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
  const [settings, list] = await Promise.all([
    getSiteSettings(),
    getArchivePage({ kind: "NEWS" }, page),
  ]);
  if (!list) notFound();
  return (
    <ArticleArchive
      title="All News"
      basePath="/news"
      page={page}
      pages={list.pages}
      articles={list.articles}
      timeZone={settings.timeZone}
    />
  );
}
