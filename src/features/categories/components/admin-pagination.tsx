import Link from "next/link";

/** Previous / next links of an admin list, keeping its filters in the query string. */
export function AdminPagination({
  basePath,
  query,
  page,
  pages,
  total,
  noun,
}: {
  basePath: string;
  query: Record<string, string | undefined>;
  page: number;
  pages: number;
  total: number;
  noun: string;
}) {
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (p > 1) params.set("page", String(p));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-3 text-sm">
      <p>
        {total} {noun} · page {page} of {pages}
      </p>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="chrome-button px-3">
          ← Previous
        </Link>
      )}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className="chrome-button px-3">
          Next →
        </Link>
      )}
    </nav>
  );
}

/** `?page=` of an admin list: a whole number from 1, else 1. */
export function adminPageParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

/** A single query-string value (the first of repeats), trimmed, or undefined. */
export function queryParam(value: string | string[] | undefined, max = 200): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw.slice(0, max) : undefined;
}
