import type { Metadata } from "next";
import Link from "next/link";
import { PageEditor } from "@/features/pages/components/page-editor";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "New page" };

export default async function NewPagePage() {
  await requirePagePermission("page.manage");
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link prefetch={false} href="/admin/pages" className="text-sm underline">
          ← All pages
        </Link>
      </p>
      <h1 className="text-2xl font-extrabold tracking-tight">New page</h1>
      <PageEditor
        page={{ title: "", slug: "", bodySource: "", seoDescription: "", published: false }}
        initialHtml=""
      />
    </div>
  );
}
