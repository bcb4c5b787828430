"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

interface LatestItem {
  title: string;
  url: string;
  publishedAt: string | null;
}

/**
 * The 404 page's "Latest news", loaded in the browser from the public JSON API. Next renders
 * not-found content into every page it could replace, so a server-side read here would tie
 * every cached page to the news list and make each publish rebuild the whole site.
 */
export function LatestNewsClient({ limit, timeZone }: { limit: number; timeZone: string }) {
  const [items, setItems] = useState<LatestItem[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/articles?perPage=${limit}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body: { articles: LatestItem[] }) => setItems(body.articles))
      .catch(() => setItems([]));
    return () => controller.abort();
  }, [limit]);

  return (
    <section aria-labelledby="latest-404" className="mt-10">
      <h2 id="latest-404" className="mb-4 text-lg font-bold">
        Latest news
      </h2>
      {items && items.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.url}>
              <Link href={new URL(item.url).pathname} className="font-semibold hover:underline">
                {item.title}
              </Link>
              {item.publishedAt && (
                <time
                  dateTime={item.publishedAt}
                  className="block text-sm text-neutral-600 dark:text-neutral-400"
                >
                  {new Intl.DateTimeFormat("en-US", {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone,
                  }).format(new Date(item.publishedAt))}
                </time>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <Link
            href="/news"
            className="font-semibold text-brand-700 hover:underline dark:text-blue-300"
          >
            Read all the latest news<span aria-hidden="true"> →</span>
          </Link>
        </p>
      )}
    </section>
  );
}
