import Link from "next/link";
import { listHref } from "@/lib/pagination";

const link =
  "inline-flex min-w-10 justify-center rounded-md border border-neutral-300 px-3 py-2 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";

/** The page numbers shown around `page`: the first, its neighbours and the last, in order. */
export function pagesAround(page: number, pages: number): number[] {
  return [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
}

/** "1 tag" / "12 tags", with ", page 2 of 3" when there is more than one page. */
export function countText(
  total: number,
  noun: readonly [one: string, many: string],
  page: number,
  pages: number,
): string {
  const counted = `${total.toLocaleString("en-US")} ${total === 1 ? noun[0] : noun[1]}`;
  return pages > 1 ? `${counted}, page ${page} of ${pages}` : counted;
}

/**
 * The one pagination of the site, public archives and admin lists alike: real links to real
 * pages (previous, numbered pages around the current one, next) that keep the list's filters,
 * and, when given a total, how many rows the list has.
 */
export function PaginationNav({
  basePath,
  params = {},
  page,
  pages,
  total,
  noun = ["result", "results"],
  label = "Pagination",
  previousLabel = "← Newer",
  nextLabel = "Older →",
  prefetch,
  className = "mt-10",
}: {
  /** The list's path; may carry a query string already ("/search?q=btc"). */
  basePath: string;
  /** The list's other query parameters (its filters), kept on every link; empty ones left out. */
  params?: Readonly<Record<string, string | number | undefined | null>>;
  page: number;
  pages: number;
  /** With a total the count is shown, even on a list of one page. */
  total?: number;
  noun?: readonly [one: string, many: string];
  label?: string;
  previousLabel?: string;
  nextLabel?: string;
  /** The admin turns prefetching off (each prefetch would be a full, uncached render). */
  prefetch?: boolean;
  className?: string;
}) {
  if (pages <= 1 && total === undefined) return null;
  const href = (target: number) => listHref(basePath, params, target);
  const around = pagesAround(page, pages);
  return (
    <nav aria-label={label} className={className}>
      {total !== undefined && (
        <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">
          {countText(total, noun, page, pages)}
        </p>
      )}
      {pages > 1 && (
        <ul className="flex flex-wrap items-center gap-2">
          {page > 1 && (
            <li>
              <Link href={href(page - 1)} prefetch={prefetch} rel="prev" className={link}>
                {previousLabel}
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
                <Link href={href(p)} prefetch={prefetch} className={link} aria-label={`Page ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ))}
          {page < pages && (
            <li>
              <Link href={href(page + 1)} prefetch={prefetch} rel="next" className={link}>
                {nextLabel}
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
