import type { Metadata } from "next";
import { PageEditor } from "@/features/pages/components/page-editor";
import { PageEditorShell } from "@/features/pages/components/page-editor-shell";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "New page" };

export default async function NewPagePage() {
  await requirePagePermission("page.manage");
  return (
    <PageEditorShell title="New page">
      <PageEditor
        page={{ title: "", slug: "", bodySource: "", seoDescription: "", published: false }}
        initialHtml=""
      />
    </PageEditorShell>
  );
}
