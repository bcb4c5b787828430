import { PaginationNav } from "@/components/ui/pagination-nav";
import { pageHref } from "../pagination";
import type { ArticleCard as ArticleCardData } from "../queries";
import { ArticleCardGrid } from "./article-card";

/** A paginated grid of article cards with its heading: All News, categories, tags, authors. */
export function ArticleArchive({
  title,
  intro,
  basePath,
  page,
  pages,
  articles,
  timeZone,
}: {
  title: string;
  intro?: React.ReactNode;
  basePath: string;
  page: number;
  pages: number;
  articles: ArticleCardData[];
  timeZone: string;
}) {
  return (
    <>
      {/* React hoists these into <head>: crawlers follow the series page by page. */}
      {page > 1 && <link rel="prev" href={pageHref(basePath, page - 1)} />}
      {page < pages && <link rel="next" href={pageHref(basePath, page + 1)} />}
      <header className="mb-8 border-b border-neutral-200 pb-4 dark:border-neutral-800">
        <h1 className="text-3xl font-extrabold tracking-tight">
          {title}
          {page > 1 && (
            <span className="ml-2 text-lg font-semibold text-neutral-600 dark:text-neutral-400">
              page {page}
            </span>
          )}
        </h1>
        {intro && <div className="mt-2 text-neutral-700 dark:text-neutral-300">{intro}</div>}
      </header>
      {articles.length === 0 ? (
        <p>Nothing has been published here yet.</p>
      ) : (
        <ArticleCardGrid
          articles={articles}
          timeZone={timeZone}
          className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3"
          headingLevel="h2"
          prioritized={3}
        />
      )}
      <PaginationNav basePath={basePath} page={page} pages={pages} />
    </>
  );
}
