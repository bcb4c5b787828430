import Link from "next/link";

/** Previous / "page N of M" / next links for lists paged with a ?page= parameter (the admin's). */
export function QueryPagination({
  basePath,
  params,
  page,
  pages,
  label = "Pagination",
}: {
  basePath: string;
  /** The list's other query parameters (filters), kept on every link. */
  params: Record<string, string | undefined>;
  page: number;
  pages: number;
  label?: string;
}) {
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link =
    "inline-flex rounded-md border border-neutral-300 px-3 py-2 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← Previous
        </Link>
      )}
      <span className="text-sm" aria-current="page">
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next →
        </Link>
      )}
    </nav>
  );
}
