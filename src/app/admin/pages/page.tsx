import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage, DataTable, HeadingLink, When } from "@/components/ui/admin-list";
import { pagesForAdmin } from "@/features/pages/admin-queries";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Pages" };

export default async function AdminPagesPage() {
  await requirePagePermission("page.manage");
  const [pages, { timeZone }] = await Promise.all([pagesForAdmin(), getSiteSettings()]);
  return (
    <AdminPage title="Pages" aside={<HeadingLink href="/admin/pages/new">New page</HeadingLink>}>
      <DataTable
        caption="Static pages"
        rows={pages}
        empty={<p>No static pages yet.</p>}
        columns={[
          {
            header: "Title",
            cell: (page) => (
              <Link
                prefetch={false}
                href={`/admin/pages/${page.id}`}
                className="font-semibold underline"
              >
                {page.title}
              </Link>
            ),
          },
          { header: "URL", cell: (page) => `/${page.slug}` },
          { header: "Status", cell: (page) => (page.published ? "Published" : "Not published") },
          {
            header: "Last updated",
            cell: (page) => <When date={page.updatedAt} timeZone={timeZone} />,
          },
        ]}
      />
    </AdminPage>
  );
}
