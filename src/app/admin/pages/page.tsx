import type { Metadata } from "next";
import Link from "next/link";
import { formatInZone } from "@/features/admin/format";
import { pagesForAdmin } from "@/features/pages/admin-queries";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Pages" };

export default async function AdminPagesPage() {
  await requirePagePermission("page.manage");
  const [pages, settings] = await Promise.all([pagesForAdmin(), getSiteSettings()]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-extrabold tracking-tight">Pages</h1>
        <Link prefetch={false} href="/admin/pages/new" className="chrome-button px-3 font-semibold">
          New page
        </Link>
      </div>
      {pages.length === 0 ? (
        <p>No static pages yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Static pages</caption>
          <thead>
            <tr className="border-b border-neutral-200 dark:border-neutral-800">
              <th scope="col" className="py-2 pr-3">
                Title
              </th>
              <th scope="col" className="py-2 pr-3">
                URL
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2">
                Last updated
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.id} className="border-b border-neutral-200 dark:border-neutral-800">
                <td className="py-2 pr-3">
                  <Link
                    prefetch={false}
                    href={`/admin/pages/${page.id}`}
                    className="font-semibold underline"
                  >
                    {page.title}
                  </Link>
                </td>
                <td className="py-2 pr-3">/{page.slug}</td>
                <td className="py-2 pr-3">{page.published ? "Published" : "Not published"}</td>
                <td className="py-2">
                  <time dateTime={page.updatedAt.toISOString()}>
                    {formatInZone(page.updatedAt, settings.timeZone)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
