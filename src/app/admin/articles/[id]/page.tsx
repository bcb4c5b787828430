import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { canEditArticle } from "@/lib/permissions";
import { editorArticle } from "@/features/articles/admin-queries";
import { ArticleEditor } from "@/features/articles/components/admin/article-editor";
import { editorPageProps } from "@/features/articles/editor-page-data";
import { SAVE_STEPS, STATUS_LABELS, STEP_DONE } from "@/features/articles/workflow-rules";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Edit article" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("article.editOwn");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const article = await editorArticle(id);
  if (!article) notFound();
  const authorIds = article.fields.authorIds;
  if (!canEditArticle(user, { authorIds, status: article.status })) {
    // Not theirs at all: the same 403 as any page they may not open.
    if (!authorIds.includes(user.id)) forbidden();
    // Their own, but past review: say so instead of showing an editor whose saves would fail.
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-extrabold">{article.fields.title}</h1>
        <p>
          This article is {STATUS_LABELS[article.status].toLowerCase()}: it is past review, so only
          editors can change it now. Ask an editor for changes.
        </p>
        <p className="flex gap-4">
          {article.status === "PUBLISHED" && (
            <a href={article.url} className="underline">
              View it on the site
            </a>
          )}
          <Link prefetch={false} href="/admin/articles" className="underline">
            Back to articles
          </Link>
        </p>
      </div>
    );
  }
  // Creating an article opens its editor at ?done=<step>: say what was done.
  const { done: asked } = await searchParams;
  const done = SAVE_STEPS.find((step) => step === asked);
  const initialNotice = done ? STEP_DONE[done] : null;
  return <ArticleEditor {...await editorPageProps(user, article)} initialNotice={initialNotice} />;
}
