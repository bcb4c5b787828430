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
    title: `Learn${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: `Plain-language guides to crypto and markets from ${settings.siteName}.`,
    alternates: { canonical: pageHref("/learn", page) },
  };
}

export default async function LearnPage({ searchParams }: Props) {
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  const [settings, list] = await Promise.all([
    getSiteSettings(),
    getArchivePage({ kind: "GUIDE" }, page),
  ]);
  if (!list) notFound();
  return (
    <ArticleArchive
      title="Learn"
      intro={<p>Evergreen guides: how crypto and markets work, explained step by step.</p>}
      basePath="/learn"
      page={page}
      pages={list.pages}
      articles={list.articles}
      timeZone={settings.timeZone}
    />
  );
}
