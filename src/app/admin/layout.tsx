import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/features/admin/components/admin-nav";
import { adminPages, can } from "@/lib/permissions";
import { getSiteSettings } from "@/features/settings/data";
import { SignOutForm } from "@/features/users/components/sign-out-form";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s — Admin" },
  robots: { index: false, follow: false },
};

// Every admin page is per-user: never cached, never prerendered. For the same reason no admin
// link prefetches (`prefetch={false}` throughout the admin): each prefetch would be a full render
// with its database reads, and one editor opening one page set off eight of them (the soak).
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // The first gate; every page and every action checks its own permission again.
  const user = await requirePagePermission("admin.access");
  const settings = await getSiteSettings();
  const links = adminPages.filter((page) => can(user.role, page.action));
  return (
    <>
      <a href="#admin-main" className="skip-link">
        Skip to content
      </a>
      <header className="border-b border-neutral-200 bg-neutral-50 dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-extrabold tracking-tight">
            <Link prefetch={false} href="/admin">
              {settings.siteName} admin
            </Link>
          </p>
          <div className="flex items-center gap-4 text-sm">
            <Link href="/" prefetch={false} className="underline">
              View site
            </Link>
            <span>
              {user.name}{" "}
              <span className="text-neutral-600 dark:text-neutral-400">
                ({user.role.toLowerCase()})
              </span>
            </span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0">
          <AdminNav links={links.map(({ href, label }) => ({ href, label }))} />
        </aside>
        <main id="admin-main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
