import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { formatDateTime } from "@/features/articles/format";
import { latestPublishedArticles } from "@/features/articles/queries";
import { getSiteSettings } from "@/features/settings/queries";

// Rendered per request until the reader site brings tagged caching.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: `${settings.siteName}${settings.tagline ? ` — ${settings.tagline}` : ""}`,
    description: settings.description,
    alternates: { canonical: "/" },
  };
}

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), latestPublishedArticles(20)]);
  const [lead, ...rest] = articles;

  return (
    <>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-7xl items-baseline gap-4 px-4 py-4">
          <Link href="/" className="text-2xl font-extrabold tracking-tight">
            {settings.siteName}
          </Link>
          {settings.tagline && <p className="text-sm text-neutral-600 dark:text-neutral-400">{settings.tagline}</p>}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        <h1 className="mb-6 text-3xl font-bold tracking-tight">Latest news</h1>
        {!lead ? (
          <p>No articles have been published yet.</p>
        ) : (
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {[lead, ...rest].map((article, index) => (
              <li key={article.id}>
                <article className="flex flex-col gap-2">
                  {article.featuredImage && (
                    <Image
                      src={article.featuredImage.path}
                      alt={article.featuredImage.alt}
                      width={article.featuredImage.width}
                      height={article.featuredImage.height}
                      sizes="(min-width: 1024px) 400px, (min-width: 640px) 50vw, 100vw"
                      priority={index < 3}
                      className="aspect-video w-full rounded-md object-cover"
                    />
                  )}
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-blue-300">
                    {article.category.name}
                    {article.sponsored && <span className="ml-2 text-neutral-500">Sponsored</span>}
                  </p>
                  <h2 className="text-lg font-bold leading-snug">
                    <Link href={`/news/${article.slug}`} className="hover:underline">
                      {article.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-neutral-700 dark:text-neutral-300">{article.dek}</p>
                  <p className="text-xs text-neutral-600 dark:text-neutral-400">
                    {article.authors.map((a) => a.user.name).join(" and ")}
                    {article.publishedAt && (
                      <>
                        {" · "}
                        <time dateTime={article.publishedAt.toISOString()}>
                          {formatDateTime(article.publishedAt, settings.timeZone)}
                        </time>
                      </>
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
