import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { pageHref, parsePageParam } from "@/features/articles/pagination";
import { getArchivePage } from "@/features/articles/data";
import { getCategory } from "@/features/categories/data";
import { getSiteSettings } from "@/features/settings/data";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [category, settings] = await Promise.all([getCategory(slug), getSiteSettings()]);
  if (!category) return { title: `Page not found — ${settings.siteName}` };
  const page = parsePageParam(query.page) ?? 1;
  const path = `/category/${category.slug}`;
  return {
    title: `${category.name} News${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: category.description || `${category.name} news from ${settings.siteName}.`,
    alternates: { canonical: pageHref(path, page) },
    openGraph: {
      title: `${category.name} News`,
      url: pageHref(path, page),
      siteName: settings.siteName,
    },
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePageParam(query.page);
  const category = await getCategory(slug);
  if (!category || page === null) notFound();
  const [settings, list] = await Promise.all([
    getSiteSettings(),
    getArchivePage({ category: { id: category.id, slug: category.slug } }, page),
  ]);
  if (!list) notFound();
  return (
    <ArticleArchive
      title={category.name}
      intro={category.description ? <p>{category.description}</p> : undefined}
      basePath={`/category/${category.slug}`}
      page={page}
      pages={list.pages}
      articles={list.articles}
      timeZone={settings.timeZone}
    />
  );
}
