import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SearchForm } from "@/app/_chrome/search-form";
import { PaginationNav } from "@/components/ui/pagination-nav";
import { LocalTime } from "@/features/articles/components/local-time";
import { pageCount } from "@/features/articles/pagination";
import { articleUrl } from "@/features/articles/urls";
import { getNavigationCategories } from "@/features/categories/data";
import { highlightToHtml } from "@/features/search/highlight";
import { searchArticles } from "@/features/search/queries";
import { searchParamsSchema } from "@/features/search/schemas";
import { getSiteSettings } from "@/features/settings/data";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 10;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchParamsSchema.parse(await searchParams);
  const settings = await getSiteSettings();
  return {
    title: `${q ? `Search: ${q}` : "Search"} — ${settings.siteName}`,
    description: `Search ${settings.siteName}'s news and guides.`,
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true }, // result pages are not content of their own
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const [settings, categories] = await Promise.all([getSiteSettings(), getNavigationCategories()]);
  const category = params.category ? categories.find((c) => c.slug === params.category) : undefined;
  const result = params.q
    ? await searchArticles({
        query: params.q,
        categoryId: category?.id,
        page: params.page,
        pageSize: PAGE_SIZE,
      })
    : { total: 0, hits: [] };
  const pages = pageCount(result.total, PAGE_SIZE);
  if (params.q && result.total > 0 && params.page > pages) notFound();

  const basePath = `/search?${new URLSearchParams({ q: params.q, ...(category ? { category: category.slug } : {}) })}`;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight">Search</h1>
      <SearchForm
        label="Search again"
        inputId="search-q"
        className="mt-4 flex flex-wrap gap-2"
        defaultValue={params.q}
        placeholder="Bitcoin ETF, stablecoins, small caps…"
      >
        <label htmlFor="search-category" className="sr-only">
          Category
        </label>
        <select
          id="search-category"
          name="category"
          defaultValue={category?.slug ?? ""}
          className="rounded-md border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
        >
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </SearchForm>

      {!params.q ? (
        <p className="mt-8 text-neutral-700 dark:text-neutral-300">
          Type a word or phrase above. Put a phrase in quotes to match it exactly, or add a minus
          sign to leave a word out (for example: <code>bitcoin -etf</code>).
        </p>
      ) : result.total === 0 ? (
        <div className="mt-8" role="status">
          <p className="font-semibold">
            No articles match “{params.q}”{category ? ` in ${category.name}` : ""}.
          </p>
          <ul className="mt-2 list-disc pl-6 text-neutral-700 dark:text-neutral-300">
            <li>Check the spelling, or try fewer or more general words.</li>
            {category && (
              <li>
                <Link
                  href={`/search?${new URLSearchParams({ q: params.q })}`}
                  className="underline"
                >
                  Search all categories
                </Link>
              </li>
            )}
            <li>
              Browse{" "}
              <Link href="/news" className="underline">
                all news
              </Link>{" "}
              or the{" "}
              <Link href="/learn" className="underline">
                guides
              </Link>
              .
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p className="mt-6 text-sm text-neutral-600 dark:text-neutral-400" role="status">
            {result.total} {result.total === 1 ? "result" : "results"} for “{params.q}”
            {category ? ` in ${category.name}` : ""}
          </p>
          <ol className="mt-4 flex flex-col gap-6">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <article>
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-blue-300">
                    {hit.categoryName}
                  </p>
                  <h2 className="text-lg font-bold">
                    <Link href={articleUrl(hit)} className="hover:underline">
                      {hit.title}
                    </Link>
                  </h2>
                  {/* Escaped except for our <mark> tags (src/features/search/highlight.ts). */}
                  <p
                    className="search-snippet mt-1 text-sm text-neutral-700 dark:text-neutral-300"
                    dangerouslySetInnerHTML={{ __html: highlightToHtml(hit.snippet) }}
                  />
                  <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
                    <LocalTime date={hit.publishedAt} timeZone={settings.timeZone} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          <PaginationNav basePath={basePath} page={params.page} pages={pages} />
        </>
      )}
    </div>
  );
}
