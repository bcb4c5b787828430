import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Muted } from "@/components/ui/admin-list";
import { editorArticle, listRevisions, revisionsById } from "@/features/articles/admin-queries";
import {
  RevisionCompareForm,
  RevisionDiff,
  RevisionTable,
} from "@/features/articles/components/admin/revision-history";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { canEditArticle } from "@/lib/permissions";

export const metadata: Metadata = { title: "Revisions" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const asId = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("article.editOwn");
  const id = asId((await params).id);
  if (!id) notFound();
  const article = await editorArticle(id);
  if (!article) notFound();
  if (!canEditArticle(user, { authorIds: article.fields.authorIds, status: article.status })) {
    forbidden();
  }
  const [revisions, settings] = await Promise.all([listRevisions(id), getSiteSettings()]);
  const query = await searchParams;
  const toId = asId(query.to) ?? revisions[0]?.id ?? null;
  const fromId = asId(query.from) ?? revisions[1]?.id ?? null;
  const compared = fromId && toId ? await revisionsById(id, [fromId, toId]) : [];
  const from = compared.find((r) => r.id === fromId);
  const to = compared.find((r) => r.id === toId);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link prefetch={false} href={`/admin/articles/${id}`} className="underline">
            ← Back to the editor
          </Link>
        </p>
        <h1 className="text-2xl font-extrabold">Revisions of “{article.fields.title}”</h1>
        <Muted>
          Now at version {article.version}. Restoring a revision saves its text as a new version.
        </Muted>
      </div>
      {revisions.length === 0 ? (
        <p>No revisions yet: the article has not been saved from the editor.</p>
      ) : (
        <>
          <RevisionCompareForm revisions={revisions} fromId={fromId} toId={toId} />
          {from && to && <RevisionDiff from={from} to={to} />}
          <RevisionTable
            articleId={id}
            articleVersion={article.version}
            revisions={revisions}
            timeZone={settings.timeZone}
          />
        </>
      )}
    </div>
  );
}
