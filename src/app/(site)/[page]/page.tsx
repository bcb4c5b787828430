import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalTime } from "@/features/articles/components/local-time";
import { getPublishedPage } from "@/features/pages/data";
import { getSiteSettings } from "@/features/settings/data";

// Rendered on request from cached data: this URL takes any slug, and a page-cache entry per
// made-up slug would grow without bound.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ page: string }>;
}

// Static pages editable in the admin (About Us, Contact Us, Terms, ...), one URL segment each.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page: slug } = await params;
  const [page, settings] = await Promise.all([getPublishedPage(slug), getSiteSettings()]);
  if (!page) return { title: `Page not found — ${settings.siteName}` };
  return {
    title: `${page.title} — ${settings.siteName}`,
    description: page.seoDescription ?? undefined,
    alternates: { canonical: `/${page.slug}` },
    openGraph: { title: page.title, url: `/${page.slug}`, siteName: settings.siteName },
  };
}

export default async function StaticPage({ params }: Props) {
  const { page: slug } = await params;
  const [page, settings] = await Promise.all([getPublishedPage(slug), getSiteSettings()]);
  if (!page) notFound();
  return (
    <article className="mx-auto max-w-[700px]">
      <h1 className="text-3xl font-extrabold tracking-tight">{page.title}</h1>
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Last updated <LocalTime date={page.updatedAt} timeZone={settings.timeZone} />
      </p>
      {/* Sanitized when saved (src/features/articles/render.ts). */}
      <div
        className="article-body reading-text mt-6"
        dangerouslySetInnerHTML={{ __html: page.bodyHtml }}
      />
    </article>
  );
}
