import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { formatInZone } from "@/features/admin/format";
import { canEditArticle } from "@/lib/permissions";
import { editorArticle, listRevisions, revisionsById } from "@/features/articles/admin-queries";
import { RestoreRevisionButton } from "@/features/articles/components/admin/restore-revision-button";
import { type DiffLine, diffLines, diffStats } from "@/features/articles/text-diff";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Revisions" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const asId = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

function DiffBlock({ label, lines }: { label: string; lines: DiffLine[] }) {
  const { added, removed } = diffStats(lines);
  return (
    <section className="mt-4">
      <h3 className="font-semibold">
        {label}{" "}
        <span className="text-sm font-normal text-neutral-600 dark:text-neutral-400">
          {added === 0 && removed === 0 ? "(unchanged)" : `(+${added} / −${removed} lines)`}
        </span>
      </h3>
      {(added > 0 || removed > 0) && (
        <pre className="mt-1 max-h-[32rem] overflow-auto rounded border border-neutral-200 p-2 text-xs whitespace-pre-wrap dark:border-neutral-800">
          {lines.map((line, index) => (
            <span
              key={index}
              className={
                line.type === "added"
                  ? "block bg-green-100 dark:bg-green-950"
                  : line.type === "removed"
                    ? "block bg-red-100 dark:bg-red-950"
                    : "block"
              }
            >
              <span className="sr-only">
                {line.type === "added" ? "added: " : line.type === "removed" ? "removed: " : ""}
              </span>
              <span aria-hidden="true">
                {line.type === "added" ? "+ " : line.type === "removed" ? "− " : "  "}
              </span>
              {line.text}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}

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
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Now at version {article.version}. Restoring a revision saves its text as a new version.
        </p>
      </div>

      {revisions.length === 0 ? (
        <p>No revisions yet: the article has not been saved from the editor.</p>
      ) : (
        <>
          <form
            method="get"
            className="flex flex-wrap items-end gap-3"
            aria-label="Compare revisions"
          >
            <div>
              <label htmlFor="from" className="form-label">
                Compare
              </label>
              <select id="from" name="from" defaultValue={fromId ?? ""} className="form-input">
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    Version {r.version}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="to" className="form-label">
                with
              </label>
              <select id="to" name="to" defaultValue={toId ?? ""} className="form-input">
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    Version {r.version}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="primary-button">
              Show differences
            </button>
          </form>

          {from && to && (
            <section
              aria-labelledby="diff-heading"
              className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
            >
              <h2 id="diff-heading" className="text-lg font-bold">
                Version {from.version} → version {to.version}
              </h2>
              <DiffBlock label="Title" lines={diffLines(from.title, to.title)} />
              <DiffBlock label="Dek" lines={diffLines(from.dek, to.dek)} />
              <DiffBlock label="Body" lines={diffLines(from.bodySource, to.bodySource)} />
            </section>
          )}

          <table className="w-full text-left text-sm">
            <caption className="sr-only">All revisions, newest first</caption>
            <thead className="border-b border-neutral-300 dark:border-neutral-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Version
                </th>
                <th scope="col" className="py-2 pr-3">
                  Saved
                </th>
                <th scope="col" className="py-2 pr-3">
                  By
                </th>
                <th scope="col" className="py-2 pr-3">
                  Title
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr
                  key={revision.id}
                  className="border-b border-neutral-200 align-top dark:border-neutral-800"
                >
                  <td className="py-2 pr-3">{revision.version}</td>
                  <td className="py-2 pr-3">
                    <time dateTime={revision.createdAt.toISOString()}>
                      {formatInZone(revision.createdAt, settings.timeZone)}
                    </time>
                  </td>
                  <td className="py-2 pr-3">{revision.editor?.name ?? "—"}</td>
                  <td className="py-2 pr-3">{revision.title}</td>
                  <td className="py-2">
                    {revision.version === article.version ? (
                      <span className="text-neutral-600 dark:text-neutral-400">Current</span>
                    ) : (
                      <RestoreRevisionButton
                        articleId={id}
                        revisionId={revision.id}
                        revisionVersion={revision.version}
                        articleVersion={article.version}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
