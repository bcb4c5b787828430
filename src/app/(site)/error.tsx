"use client";

import Link from "next/link";
import { useEffect } from "react";

// Rendered inside the site layout, so a failing page still has the header, nav and footer.
export default function SiteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl">
      {/* No status number: the same page answers 500 and, while the database is down, 503. */}
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-300">
        Server error
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">
        Something went wrong on our side
      </h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        The page could not be shown just now. Please try again in a moment.
        {error.digest && (
          <span className="block text-sm text-neutral-600 dark:text-neutral-400">
            Reference: {error.digest}
          </span>
        )}
      </p>
      <div className="mt-6 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded-md border border-neutral-300 px-4 py-2 font-semibold dark:border-neutral-700"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
