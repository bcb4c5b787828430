import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "@/app/_chrome/site-chrome";

export const metadata: Metadata = { title: "Not allowed", robots: { index: false } };

// forbidden() anywhere (the admin pages, for a role without the permission) renders this with 403.
export default function Forbidden() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-xl py-12 text-center">
        <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">
          403
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight">You cannot open this page</h1>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">
          Your account is signed in, but its role does not include this part of the site. If you
          think it should, ask a site administrator.
        </p>
        <p className="mt-6 flex justify-center gap-4">
          <Link href="/" className="font-semibold text-blue-700 underline dark:text-blue-400">
            Go to the home page
          </Link>
          <Link
            href="/account"
            className="font-semibold text-blue-700 underline dark:text-blue-400"
          >
            Your account
          </Link>
        </p>
      </div>
    </SiteChrome>
  );
}
