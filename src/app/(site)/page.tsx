import type { Metadata } from "next";
import { ArticleCard, ArticleCardGrid } from "@/features/articles/components/article-card";
import Link from "next/link";
import {
  ArticleListSection,
  PopularNews,
} from "@/features/articles/components/article-list-section";
import {
  getCategoryBlocks,
  getGuideTeaser,
  getHomeLead,
  getLatestNews,
  getPopularArticles,
} from "@/features/articles/data";
import type { ArticleCard as ArticleCardData } from "@/features/articles/queries";
import { getSiteSettings } from "@/features/settings/data";

// Served from the page cache; refreshed by tag (home, popular, site) or after this many seconds.
export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: `${settings.siteName}${settings.tagline ? ` — ${settings.tagline}` : ""}`,
    description: settings.description,
    alternates: { canonical: "/" },
  };
}

export default async function HomePage() {
  const settings = await getSiteSettings();
  const [pinned, latest] = await Promise.all([
    settings.leadArticleSlug ? getHomeLead(settings.leadArticleSlug) : null,
    getLatestNews(7),
  ]);
  const lead = pinned ?? latest[0];
  const rest = latest.filter((article) => article.id !== lead?.id).slice(0, 6);
  const shown = [lead, ...rest].flatMap((article) => (article ? [article.id] : []));
  const [blocks, popular, guides] = await Promise.all([
    getCategoryBlocks(3, shown),
    getPopularArticles(5),
    getGuideTeaser(3),
  ]);

  return (
    <>
      <h1 className="sr-only">{settings.siteName}: latest market news</h1>
      {!lead ? (
        <p>No articles have been published yet.</p>
      ) : (
        <>
          <section aria-label="Lead story" className="mb-10">
            <ArticleCard article={lead} timeZone={settings.timeZone} variant="lead" priority />
          </section>
          <section aria-labelledby="latest-heading">
            <h2
              id="latest-heading"
              className="mb-4 border-b border-neutral-200 pb-2 text-xl font-bold dark:border-neutral-800"
            >
              Latest news
            </h2>
            <ArticleCardGrid
              articles={rest}
              timeZone={settings.timeZone}
              className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3"
            />
          </section>
          <div className="mt-12 grid gap-10 lg:grid-cols-[minmax(0,1fr)_320px]">
            <div className="flex flex-col gap-10">
              {blocks.map((block) => (
                <CategoryBlock key={block.category.slug} {...block} timeZone={settings.timeZone} />
              ))}
            </div>
            <aside className="flex flex-col gap-10" aria-label="More to read">
              <PopularNews id="home-popular" articles={popular} timeZone={settings.timeZone} />
              <ArticleListSection
                id="home-learn"
                title="Learn"
                articles={guides}
                timeZone={settings.timeZone}
                footer={
                  <Link
                    href="/learn"
                    className="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline dark:text-blue-300"
                  >
                    All guides<span aria-hidden="true"> →</span>
                  </Link>
                }
              />
            </aside>
          </div>
        </>
      )}
    </>
  );
}

/** A category's newest articles, with a link to the whole category. */
function CategoryBlock({
  category,
  articles,
  timeZone,
}: {
  category: { slug: string; name: string };
  articles: ArticleCardData[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby={`block-${category.slug}`}>
      <div className="mb-4 flex items-baseline justify-between border-b border-neutral-200 pb-2 dark:border-neutral-800">
        <h2 id={`block-${category.slug}`} className="text-xl font-bold">
          {category.name}
        </h2>
        <Link
          href={`/category/${category.slug}`}
          className="text-sm font-semibold text-brand-700 hover:underline dark:text-blue-300"
        >
          More {category.name} news<span aria-hidden="true"> →</span>
        </Link>
      </div>
      <ArticleCardGrid
        articles={articles}
        timeZone={timeZone}
        className="grid gap-6 sm:grid-cols-3"
      />
    </section>
  );
}
