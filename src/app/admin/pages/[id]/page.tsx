import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/admin-list";
import { renderMarkdown } from "@/features/articles/render";
import { pageForEditing } from "@/features/pages/admin-queries";
import { PageEditor } from "@/features/pages/components/page-editor";
import { PageEditorShell } from "@/features/pages/components/page-editor-shell";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Edit page" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}

export default async function EditPagePage({ params, searchParams }: Props) {
  await requirePagePermission("page.manage");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!/^[1-9]\d{0,9}$/.test(id)) notFound();
  const page = await pageForEditing(Number(id));
  if (!page) notFound();
  return (
    <PageEditorShell title={`Edit “${page.title}”`}>
      {query.created === "1" && <Notice>Page created.</Notice>}
      {page.published && (
        <p className="text-sm">
          Public URL:{" "}
          <Link prefetch={false} href={`/${page.slug}`} className="underline">
            /{page.slug}
          </Link>
        </p>
      )}
      <PageEditor
        page={{ ...page, seoDescription: page.seoDescription ?? "" }}
        initialHtml={renderMarkdown(page.bodySource).html}
      />
    </PageEditorShell>
  );
}
