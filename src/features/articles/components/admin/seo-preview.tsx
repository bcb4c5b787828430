"use client";

import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "../../schemas";

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
}

/** Roughly how a search engine lists the article: title, URL, description, cut to length. */
export function SearchResultPreview({
  title,
  url,
  description,
}: {
  title: string;
  url: string;
  description: string;
}) {
  const shownUrl = url.replace(/^https?:\/\//, "").replace(/\//g, " › ");
  return (
    <figure
      aria-label="Search result preview"
      className="rounded border border-neutral-200 bg-white p-3 font-sans dark:border-neutral-800 dark:bg-neutral-950"
    >
      <p className="truncate text-xs text-neutral-700 dark:text-neutral-300">{shownUrl}</p>
      <p className="text-lg leading-snug text-blue-800 dark:text-blue-300">
        {cut(title || "(no title)", SEO_TITLE_HINT)}
      </p>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {cut(
          description || "(no description: search engines will pick text from the page)",
          SEO_DESCRIPTION_HINT,
        )}
      </p>
    </figure>
  );
}
