import type { Metadata } from "next";
import { AdminList, AdminPage, AdminSection } from "@/components/ui/admin-list";
import { redirectsForAdmin } from "@/features/redirects/admin-queries";
import { CreateRedirectForm } from "@/features/redirects/components/redirect-forms";
import { RedirectList } from "@/features/redirects/components/redirect-list";
import { requirePagePermission } from "@/lib/admin-guard";
import { adminPageParam, queryParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Redirects" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminRedirectsPage({ searchParams }: Props) {
  await requirePagePermission("redirect.manage");
  const params = await searchParams;
  const q = queryParam(params.q, 200);
  const page = adminPageParam(params.page);
  const { total, pages, items } = await redirectsForAdmin({ q, page });
  return (
    <AdminPage title="Redirects" gap="gap-8">
      <AdminSection
        id="new-redirect"
        title="Add a redirect"
        className="flex max-w-xl flex-col gap-3"
      >
        <CreateRedirectForm />
      </AdminSection>
      <AdminSection id="redirect-list" title="All redirects">
        <AdminList
          basePath="/admin/redirects"
          filters={[
            {
              id: "redirect-search",
              name: "q",
              label: "Search paths",
              type: "search",
              value: q,
              maxLength: 200,
            },
          ]}
          page={page}
          pages={pages}
          total={total}
          noun={["redirect", "redirects"]}
        >
          <RedirectList redirects={items} q={q} />
        </AdminList>
      </AdminSection>
    </AdminPage>
  );
}
