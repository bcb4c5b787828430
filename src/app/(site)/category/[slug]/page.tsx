import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { PAGE_SIZE, pageCount, pageHref, parsePageParam } from "@/features/articles/pagination";
import { publishedArticlePage } from "@/features/articles/queries";
import { categoryBySlug } from "@/features/categories/queries";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [category, settings] = await Promise.all([categoryBySlug(slug), getSiteSettings()]);
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
  const category = await categoryBySlug(slug);
  if (!category || page === null) notFound();
  const [settings, { total, articles }] = await Promise.all([
    getSiteSettings(),
    publishedArticlePage({ page, pageSize: PAGE_SIZE, categoryId: category.id }),
  ]);
  const pages = pageCount(total);
  if (page > pages) notFound();
  return (
    <ArticleArchive
      title={category.name}
      intro={category.description ? <p>{category.description}</p> : undefined}
      basePath={`/category/${category.slug}`}
      page={page}
      pages={pages}
      articles={articles}
      timeZone={settings.timeZone}
    />
  );
}
