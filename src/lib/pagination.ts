// Paging shared by the public archives and the admin lists: the URL of a page, the reading of
// `?page=` and `?q=`, and one query helper that counts and reads one window of rows.

/** Pages needed for `total` rows, at least one (an empty list still has its first page). */
export function pageTotal(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The href of page `page` of a list at `basePath` (page 1 has no `page` parameter). */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath}${basePath.includes("?") ? "&" : "?"}page=${page}`;
}

/** A list's URL with its filters (empty ones left out) and page. */
export function listHref(
  basePath: string,
  params: Readonly<Record<string, string | number | undefined | null>>,
  page = 1,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return pageHref(query ? `${basePath}?${query}` : basePath, page);
}

type Param = string | string[] | undefined;

/** The first of a repeated query-string value. */
export const firstParam = (value: Param): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** Every query-string value as a single string (the first of repeats), for a filter schema. */
export function firstParams(params: Readonly<Record<string, Param>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined) result[key] = first;
  }
  return result;
}

/** `?page=` of an admin list: a whole number from 1, else 1. */
export function adminPageParam(value: Param): number {
  const raw = firstParam(value);
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

/** A single query-string value, trimmed and cut to `max` characters, or undefined. */
export function queryParam(value: Param, max = 200): string | undefined {
  const raw = firstParam(value)?.trim();
  return raw ? raw.slice(0, max) : undefined;
}

/** One page of a list: how many rows match, how many pages they fill, and this page's rows. */
export interface Paged<T> {
  total: number;
  pages: number;
  items: T[];
}
