import type { ReactNode } from "react";
import { MAX_QUERY_LENGTH } from "@/features/search/schemas";

/**
 * A search box that sends its words to /search with GET (it works without JavaScript): the
 * header's small one (`compact`: no button, Enter submits), the search page's and the 404's.
 * `children` go between the box and the button (the search page's category).
 */
export function SearchForm({
  label,
  inputId,
  className,
  compact = false,
  defaultValue,
  placeholder,
  children,
}: {
  /** The form's accessible name: several search landmarks can share a page. */
  label: string;
  inputId: string;
  className: string;
  compact?: boolean;
  defaultValue?: string;
  placeholder?: string;
  children?: ReactNode;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={className}>
      <label htmlFor={inputId} className="sr-only">
        Search articles
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={MAX_QUERY_LENGTH}
        className={
          compact
            ? "w-44 rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
            : "min-w-0 flex-1 rounded-md border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
        }
      />
      {children}
      {!compact && (
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          Search
        </button>
      )}
    </form>
  );
}
