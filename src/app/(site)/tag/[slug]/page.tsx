import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { PAGE_SIZE, pageCount, pageHref, parsePageParam } from "@/features/articles/pagination";
import { publishedArticlePage, tagBySlug } from "@/features/articles/queries";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [tag, settings] = await Promise.all([tagBySlug(slug), getSiteSettings()]);
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
  const tag = await tagBySlug(slug);
  if (!tag || page === null) notFound();
  const [settings, { total, articles }] = await Promise.all([
    getSiteSettings(),
    publishedArticlePage({ page, pageSize: PAGE_SIZE, tagId: tag.id }),
  ]);
  const pages = pageCount(total);
  if (page > pages) notFound();
  return (
    <ArticleArchive
      title={`#${tag.name}`}
      basePath={`/tag/${tag.slug}`}
      page={page}
      pages={pages}
      articles={articles}
      timeZone={settings.timeZone}
    />
  );
}
