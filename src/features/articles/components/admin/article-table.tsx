import Link from "next/link";
import { DataTable, type FilterField, When } from "@/components/ui/admin-list";
import type { AdminArticleRow } from "../../admin-queries";
import type { ArticleListFilters } from "../../schemas";
import { STATUS_LABELS } from "../../workflow-rules";

/** The admin's article list: title (to the editor), status, category, authors, last update. */
export function ArticleTable({
  articles,
  timeZone,
}: {
  articles: readonly AdminArticleRow[];
  timeZone: string;
}) {
  return (
    <DataTable
      caption="Articles, most recently updated first"
      rows={articles}
      empty={<p>No articles match these filters.</p>}
      columns={[
        {
          header: "Title",
          cell: (article) => (
            <>
              <Link
                prefetch={false}
                href={`/admin/articles/${article.id}`}
                className="font-semibold underline"
              >
                {article.title || "(untitled)"}
              </Link>
              {article.kind === "GUIDE" && (
                <span className="ml-2 text-xs text-neutral-600 dark:text-neutral-400">guide</span>
              )}
            </>
          ),
        },
        {
          header: "Status",
          cell: (article) => (
            <>
              {STATUS_LABELS[article.status]}
              {article.status === "SCHEDULED" && article.scheduledFor && (
                <span className="block text-neutral-600 dark:text-neutral-400">
                  <When date={article.scheduledFor} timeZone={timeZone} />
                </span>
              )}
            </>
          ),
        },
        { header: "Category", cell: (article) => article.category.name },
        {
          header: "Authors",
          cell: (article) => article.authors.map((a) => a.user.name).join(", "),
        },
        {
          header: "Updated",
          cell: (article) => <When date={article.updatedAt} timeZone={timeZone} />,
        },
      ]}
    />
  );
}

type Choice = { id: number; name: string };
const choices = (rows: readonly Choice[]) =>
  rows.map((row) => ({ value: row.id, label: row.name }));

/** The list's filters: title words, status, category and author. */
export function articleFilterFields(
  filters: ArticleListFilters,
  { categories, authors }: { categories: readonly Choice[]; authors: readonly Choice[] },
): FilterField[] {
  return [
    {
      id: "filter-q",
      name: "q",
      label: "Title contains",
      type: "search",
      value: filters.q,
      className: "lg:col-span-2",
    },
    {
      id: "filter-status",
      name: "status",
      label: "Status",
      value: filters.status,
      anyLabel: "Any status",
      options: Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
    },
    {
      id: "filter-category",
      name: "category",
      label: "Category",
      value: filters.category,
      anyLabel: "Any category",
      options: choices(categories),
    },
    {
      id: "filter-author",
      name: "author",
      label: "Author",
      value: filters.author,
      anyLabel: "Any author",
      options: choices(authors),
    },
  ];
}
