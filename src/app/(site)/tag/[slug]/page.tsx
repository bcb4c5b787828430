import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { pageHref, parsePageParam } from "@/features/articles/pagination";
import { getArchivePage, getTag } from "@/features/articles/data";
import { getSiteSettings } from "@/features/settings/data";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [tag, settings] = await Promise.all([getTag(slug), getSiteSettings()]);
  if (!tag) return { title: `Page not found — ${settings.siteName}` };
  const page = parsePageParam(query.page) ?? 1;
  return {
    title: `${tag.name}${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: tag.description || `Articles tagged ${tag.name} on ${settings.siteName}.`,
    alternates: { canonical: pageHref(`/tag/${tag.slug}`, page) },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePageParam(query.page);
  const tag = await getTag(slug);
  if (!tag || page === null) notFound();
  const [settings, list] = await Promise.all([
    getSiteSettings(),
    getArchivePage({ tag: { id: tag.id, slug: tag.slug } }, page),
  ]);
  if (!list) notFound();
  return (
    <ArticleArchive
      title={`#${tag.name}`}
      basePath={`/tag/${tag.slug}`}
      page={page}
      pages={list.pages}
      articles={list.articles}
      timeZone={settings.timeZone}
    />
  );
}
