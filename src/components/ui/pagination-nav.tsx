import Link from "next/link";
import { pageHref } from "@/features/articles/pagination";

/** Real links to real pages: previous, numbered pages around the current one, next. */
export function PaginationNav({
  basePath,
  page,
  pages,
}: {
  basePath: string;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const around = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const link =
    "inline-flex min-w-10 justify-center rounded-md border border-neutral-300 px-3 py-2 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={pageHref(basePath, page - 1)} rel="prev" className={link}>
              ← Newer
            </Link>
          </li>
        )}
        {around.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - around[index - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span
                aria-current="page"
                className={`${link} border-brand-700 bg-brand-700 text-white hover:bg-brand-700`}
              >
                {p}
              </span>
            ) : (
              <Link href={pageHref(basePath, p)} className={link} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={pageHref(basePath, page + 1)} rel="next" className={link}>
              Older →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
