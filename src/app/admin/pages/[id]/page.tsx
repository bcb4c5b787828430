import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { renderMarkdown } from "@/features/articles/render";
import { pageForEditing } from "@/features/pages/admin-queries";
import { PageEditor } from "@/features/pages/components/page-editor";
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
    <div className="flex flex-col gap-6">
      <p>
        <Link prefetch={false} href="/admin/pages" className="text-sm underline">
          ← All pages
        </Link>
      </p>
      <h1 className="text-2xl font-extrabold tracking-tight">Edit “{page.title}”</h1>
      {query.created === "1" && (
        <p
          role="status"
          className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
        >
          Page created.
        </p>
      )}
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
    </div>
  );
}
