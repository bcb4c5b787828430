import type { Metadata } from "next";
import Link from "next/link";
import { formatInZone } from "@/features/admin/format";
import { can } from "@/lib/permissions";
import { listAdminArticles } from "@/features/articles/admin-queries";
import { articleListFiltersSchema, type ArticleListFilters } from "@/features/articles/schemas";
import { STATUS_LABELS } from "@/features/articles/workflow-rules";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Articles" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's URL with these filters and page (empty filters left out). */
function listHref(filters: ArticleListFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.category) params.set("category", String(filters.category));
  if (filters.author) params.set("author", String(filters.author));
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/articles?${query}` : "/admin/articles";
}

export default async function AdminArticlesPage({ searchParams }: Props) {
  const user = await requirePagePermission("article.list");
  const raw = await searchParams;
  const filters = articleListFiltersSchema.parse({
    status: first(raw.status) || undefined,
    category: first(raw.category) || undefined,
    author: first(raw.author) || undefined,
    q: first(raw.q) || undefined,
    page: first(raw.page) ?? 1,
  });
  const [{ items, total, pageCount }, settings, categories, authors] = await Promise.all([
    listAdminArticles(filters, user),
    getSiteSettings(),
    db.category.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { articles: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const page = Math.min(filters.page, pageCount);
  const filtered = Boolean(filters.status || filters.category || filters.author || filters.q);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-extrabold">Articles</h1>
        {can(user.role, "article.create") && (
          <Link prefetch={false} href="/admin/articles/new" className="primary-button">
            New article
          </Link>
        )}
      </div>
      {user.role === "CONTRIBUTOR" && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          You see the articles you are an author of.
        </p>
      )}

      <form
        method="get"
        action="/admin/articles"
        role="search"
        aria-label="Filter articles"
        className="grid gap-3 rounded border border-neutral-200 p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-neutral-800"
      >
        <div className="lg:col-span-2">
          <label htmlFor="filter-q" className="form-label">
            Title contains
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            className="form-input"
          />
        </div>
        <div>
          <label htmlFor="filter-status" className="form-label">
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ""}
            className="form-input"
          >
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-category" className="form-label">
            Category
          </label>
          <select
            id="filter-category"
            name="category"
            defaultValue={filters.category ? String(filters.category) : ""}
            className="form-input"
          >
            <option value="">Any category</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-author" className="form-label">
            Author
          </label>
          <select
            id="filter-author"
            name="author"
            defaultValue={filters.author ? String(filters.author) : ""}
            className="form-input"
          >
            <option value="">Any author</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="primary-button">
            Filter
          </button>
          {filtered && (
            <Link prefetch={false} href="/admin/articles" className="text-sm underline">
              Clear filters
            </Link>
          )}
        </div>
      </form>

      <p className="text-sm text-neutral-600 dark:text-neutral-400" aria-live="polite">
        {total === 1 ? "1 article" : `${total} articles`}
        {pageCount > 1 && `, page ${page} of ${pageCount}`}
      </p>

      {items.length === 0 ? (
        <p>No articles match these filters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Articles, most recently updated first</caption>
            <thead className="border-b border-neutral-300 dark:border-neutral-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Title
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Category
                </th>
                <th scope="col" className="py-2 pr-3">
                  Authors
                </th>
                <th scope="col" className="py-2">
                  Updated
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((article) => (
                <tr
                  key={article.id}
                  className="border-b border-neutral-200 align-top dark:border-neutral-800"
                >
                  <td className="py-2 pr-3">
                    <Link
                      prefetch={false}
                      href={`/admin/articles/${article.id}`}
                      className="font-semibold underline"
                    >
                      {article.title || "(untitled)"}
                    </Link>
                    {article.kind === "GUIDE" && (
                      <span className="ml-2 text-xs text-neutral-600 dark:text-neutral-400">
                        guide
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    {STATUS_LABELS[article.status]}
                    {article.status === "SCHEDULED" && article.scheduledFor && (
                      <span className="block text-neutral-600 dark:text-neutral-400">
                        <time dateTime={article.scheduledFor.toISOString()}>
                          {formatInZone(article.scheduledFor, settings.timeZone)}
                        </time>
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3">{article.category.name}</td>
                  <td className="py-2 pr-3">
                    {article.authors.map((a) => a.user.name).join(", ")}
                  </td>
                  <td className="py-2">
                    <time dateTime={article.updatedAt.toISOString()}>
                      {formatInZone(article.updatedAt, settings.timeZone)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 && (
        <nav aria-label="Pages of articles">
          <ul className="flex flex-wrap items-center gap-2 text-sm">
            {page > 1 && (
              <li>
                <Link
                  prefetch={false}
                  href={listHref(filters, page - 1)}
                  rel="prev"
                  className="chrome-button px-3"
                >
                  ← Previous
                </Link>
              </li>
            )}
            {[...new Set([1, page - 1, page, page + 1, pageCount])]
              .filter((p) => p >= 1 && p <= pageCount)
              .sort((a, b) => a - b)
              .map((p) => (
                <li key={p}>
                  {p === page ? (
                    <span
                      aria-current="page"
                      className="chrome-button bg-brand-700 px-3 text-white"
                    >
                      {p}
                    </span>
                  ) : (
                    <Link
                      prefetch={false}
                      href={listHref(filters, p)}
                      className="chrome-button px-3"
                    >
                      {p}
                    </Link>
                  )}
                </li>
              ))}
            {page < pageCount && (
              <li>
                <Link
                  prefetch={false}
                  href={listHref(filters, page + 1)}
                  rel="next"
                  className="chrome-button px-3"
                >
                  Next →
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
