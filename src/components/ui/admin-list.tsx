import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { PaginationNav } from "@/components/ui/pagination-nav";
import { formatInZone } from "@/lib/format-in-zone";
import { listHref } from "@/lib/pagination";

// The admin list page kit: heading, sections, search/filter form, table or card list, notices and
// the pagination, so that each admin page is only its data and its columns. Server components
// (no state): the pages render them straight from their queries.

const muted = "text-neutral-600 dark:text-neutral-400";
const box = "rounded border border-neutral-200 dark:border-neutral-800";

/** An admin page: its h1, an optional link or button beside it, an intro, then the content. */
export function AdminPage({
  title,
  aside,
  intro,
  wide = true,
  gap = "gap-6",
  children,
}: {
  title: ReactNode;
  aside?: ReactNode;
  intro?: ReactNode;
  /** Narrow pages (a form) keep to a readable width. */
  wide?: boolean;
  gap?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col ${gap} ${wide ? "" : "max-w-3xl"}`}>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-extrabold tracking-tight">{title}</h1>
          {aside}
        </div>
        {intro}
      </div>
      {children}
    </div>
  );
}

/** The "New …" link beside an admin page's heading. */
export function HeadingLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link prefetch={false} href={href} className="chrome-button px-3 font-semibold">
      {children}
    </Link>
  );
}

/** A part of an admin page, named by its h2 (for landmarks and the tests' getByRole("region")). */
export function AdminSection({
  id,
  title,
  boxed = false,
  className = "flex flex-col gap-3",
  children,
}: {
  id: string;
  title: ReactNode;
  boxed?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`${className} ${boxed ? `${box} p-4` : ""}`}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A short note in grey under a heading or a form. */
export function Muted({ children, as: Tag = "p" }: { children: ReactNode; as?: "p" | "span" }) {
  return <Tag className={`text-sm ${muted}`}>{children}</Tag>;
}

/** What an action did, or why it failed, announced to screen readers. */
export function Notice({ tone = "ok", children }: { tone?: "ok" | "error"; children: ReactNode }) {
  return tone === "ok" ? (
    <p
      role="status"
      className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
    >
      {children}
    </p>
  ) : (
    <p
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {children}
    </p>
  );
}

/** A date in the site's time zone, machine-readable too; "—" for none. */
export function When({ date, timeZone }: { date: Date | null; timeZone: string }) {
  return date ? <time dateTime={date.toISOString()}>{formatInZone(date, timeZone)}</time> : "—";
}

export interface FilterField {
  /** The control's id (its label points at it). */
  id: string;
  name: string;
  label: string;
  /** The current value, from the query string. */
  value?: string | number;
  type?: "search" | "text" | "date";
  /** A select's choices, after its "any" choice. */
  options?: readonly { value: string | number; label: string }[];
  /** A select's first choice, meaning no filter ("Any status"). */
  anyLabel?: string;
  maxLength?: number;
  placeholder?: string;
  className?: string;
}

/**
 * The GET form above a list: its filters go to the query string, so a filtered list is a URL
 * (bookmarkable, works without scripts).
 */
export function SearchForm({
  action,
  label,
  role = "search",
  fields,
  hidden = {},
  submitLabel = "Search",
  clear,
  className = "flex flex-wrap items-end gap-3",
  submitClassName = "chrome-button px-3 font-semibold",
}: {
  action?: string;
  label?: string;
  role?: "search" | null;
  fields: readonly FilterField[];
  hidden?: Readonly<Record<string, string | number | undefined>>;
  submitLabel?: string;
  /** A "Clear filters" link, shown when a filter is set. */
  clear?: { href: string; label: string } | null;
  className?: string;
  submitClassName?: string;
}) {
  return (
    <form
      method="get"
      action={action}
      role={role ?? undefined}
      aria-label={label}
      className={className}
    >
      {Object.entries(hidden).map(
        ([name, value]) =>
          value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
      )}
      {fields.map((field) => (
        <div key={field.id} className={field.className}>
          <label htmlFor={field.id} className="form-label">
            {field.label}
          </label>
          {field.options ? (
            <select
              id={field.id}
              name={field.name}
              defaultValue={field.value ?? ""}
              className="form-input"
            >
              {field.anyLabel !== undefined && <option value="">{field.anyLabel}</option>}
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={field.id}
              name={field.name}
              type={field.type ?? "text"}
              defaultValue={field.value ?? ""}
              maxLength={field.maxLength}
              placeholder={field.placeholder}
              className="form-input"
            />
          )}
        </div>
      ))}
      <div className="flex items-end gap-3">
        <button type="submit" className={submitClassName}>
          {submitLabel}
        </button>
        {clear && (
          <Link prefetch={false} href={clear.href} className="text-sm underline">
            {clear.label}
          </Link>
        )}
      </div>
    </form>
  );
}

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** A header only screen readers need ("Actions"). */
  hiddenHeader?: boolean;
  className?: string;
}

/** Rows and items of the kit's lists are records with an id (their React key). */
type Keyed = { id: string | number };

/** A table of rows, one column definition per column; `empty` when there are none. */
export function DataTable<T extends Keyed>({
  caption,
  columns,
  rows,
  empty,
  cellClassName = "py-2 pr-3",
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  empty?: ReactNode;
  cellClassName?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-neutral-300 dark:border-neutral-700">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={cellClassName}>
                {column.hiddenHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-neutral-200 align-top dark:border-neutral-800"
            >
              {columns.map((column, index) => (
                <td key={index} className={column.className ?? cellClassName}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list of boxed items (ordered or not); `empty` when there are none. */
export function CardList<T extends Keyed>({
  items,
  render,
  empty,
  label,
  ordered = false,
  className = "flex flex-col gap-3",
  itemClassName = "p-3",
}: {
  items: readonly T[];
  render: (item: T, index: number) => ReactNode;
  empty: ReactNode;
  label?: string;
  ordered?: boolean;
  className?: string;
  itemClassName?: string;
}) {
  if (items.length === 0) return <>{empty}</>;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={className} aria-label={label}>
      {items.map((item, index) => (
        <li key={item.id} className={`${box} ${itemClassName}`}>
          {render(item, index)}
        </li>
      ))}
    </List>
  );
}

/** A collapsed form under a list item ("Edit Bitcoin"). */
export function Disclosure({
  summary,
  children,
  className = "mt-2",
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <details className={className}>
      <summary className="cursor-pointer text-sm font-semibold underline">{summary}</summary>
      <div className="mt-3 max-w-xl">{children}</div>
    </details>
  );
}

/** The pagination of an admin list: the site's one pagination, with the admin's wording. */
export function ListPagination(props: ComponentProps<typeof PaginationNav>) {
  return (
    <PaginationNav
      previousLabel="← Previous"
      nextLabel="Next →"
      prefetch={false}
      className="mt-2"
      {...props}
    />
  );
}

/** The top line of a list item: what it is on the left, its buttons on the right. */
export function ItemHeader({
  title,
  detail,
  actions,
}: {
  title: ReactNode;
  detail?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        {title}
        {detail !== undefined && <p className={`text-sm ${muted}`}>{detail}</p>}
      </div>
      {actions}
    </div>
  );
}

/** "1 article" / "3 articles". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/**
 * An admin list: its search/filter form, the list itself (children) and the pagination, whose
 * links keep the filters (each filter's current value) and the hidden fields.
 */
export function AdminList({
  basePath,
  filters,
  hidden = {},
  searchLabel,
  submitLabel,
  clear,
  formClassName,
  submitClassName,
  page,
  pages,
  total,
  noun,
  paginationLabel,
  children,
}: {
  basePath: string;
  filters: readonly FilterField[];
  hidden?: Readonly<Record<string, string | number | undefined>>;
  searchLabel?: string;
  submitLabel?: string;
  /** The "Clear filters" link, shown only while a filter is set. */
  clear?: string;
  formClassName?: string;
  submitClassName?: string;
  page: number;
  pages: number;
  total?: number;
  noun?: readonly [one: string, many: string];
  paginationLabel?: string;
  children: ReactNode;
}) {
  const params = {
    ...hidden,
    ...Object.fromEntries(filters.map((field) => [field.name, field.value])),
  };
  const filtered = filters.some((field) => field.value !== undefined && field.value !== "");
  return (
    <>
      <SearchForm
        action={basePath}
        label={searchLabel}
        fields={filters}
        hidden={hidden}
        submitLabel={submitLabel}
        clear={clear && filtered ? { href: listHref(basePath, hidden), label: clear } : null}
        className={formClassName}
        submitClassName={submitClassName}
      />
      {children}
      <ListPagination
        basePath={basePath}
        params={params}
        page={page}
        pages={pages}
        total={total}
        noun={noun}
        label={paginationLabel}
      />
    </>
  );
}
