import type { Metadata } from "next";
import { AdminList, AdminPage, AdminSection, Notice } from "@/components/ui/admin-list";
import { tagsForAdmin } from "@/features/tags/admin-queries";
import { CreateTagForm } from "@/features/tags/components/tag-forms";
import { TagList } from "@/features/tags/components/tag-list";
import { requirePagePermission } from "@/lib/admin-guard";
import { adminPageParam, queryParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Tags" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminTagsPage({ searchParams }: Props) {
  await requirePagePermission("tag.manage");
  const params = await searchParams;
  const q = queryParam(params.q, 100);
  const page = adminPageParam(params.page);
  const { total, pages, items } = await tagsForAdmin({ q, page });
  return (
    <AdminPage title="Tags" gap="gap-8">
      {params.merged === "1" && (
        <Notice>
          Tags merged: the articles now carry the tag below, and the merged tag&apos;s URL redirects
          to it.
        </Notice>
      )}
      <AdminSection id="tag-list" title="All tags">
        <AdminList
          basePath="/admin/tags"
          filters={[
            {
              id: "tag-search",
              name: "q",
              label: "Search tags",
              type: "search",
              value: q,
              maxLength: 100,
            },
          ]}
          page={page}
          pages={pages}
          total={total}
          noun={["tag", "tags"]}
        >
          <TagList tags={items} q={q} />
        </AdminList>
      </AdminSection>
      <AdminSection id="new-tag" title="New tag" className="flex max-w-xl flex-col gap-3">
        <CreateTagForm />
      </AdminSection>
    </AdminPage>
  );
}
