import { DataTable, SearchForm, When } from "@/components/ui/admin-list";
import type { listRevisions, revisionsById } from "../../admin-queries";
import { type DiffLine, diffLines, diffStats } from "../../text-diff";
import { RestoreRevisionButton } from "./restore-revision-button";

// The revisions page of an article: pick two versions, see what changed, restore an old one.

type Revision = Awaited<ReturnType<typeof listRevisions>>[number];
type ComparedRevision = Awaited<ReturnType<typeof revisionsById>>[number];

/** The GET form choosing the two versions to compare. */
export function RevisionCompareForm({
  revisions,
  fromId,
  toId,
}: {
  revisions: readonly Revision[];
  fromId: number | null;
  toId: number | null;
}) {
  const versions = revisions.map((r) => ({ value: r.id, label: `Version ${r.version}` }));
  return (
    <SearchForm
      role={null}
      label="Compare revisions"
      fields={[
        { id: "from", name: "from", label: "Compare", value: fromId ?? "", options: versions },
        { id: "to", name: "to", label: "with", value: toId ?? "", options: versions },
      ]}
      submitLabel="Show differences"
      submitClassName="primary-button"
    />
  );
}

/** What changed from one version to another, field by field. */
export function RevisionDiff({ from, to }: { from: ComparedRevision; to: ComparedRevision }) {
  return (
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
  );
}

const LINE_STYLE = {
  added: { className: "block bg-green-100 dark:bg-green-950", said: "added: ", mark: "+ " },
  removed: { className: "block bg-red-100 dark:bg-red-950", said: "removed: ", mark: "− " },
  same: { className: "block", said: "", mark: "  " },
} as const;

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
          {lines.map((line, index) => {
            const style = LINE_STYLE[line.type];
            return (
              <span key={index} className={style.className}>
                <span className="sr-only">{style.said}</span>
                <span aria-hidden="true">{style.mark}</span>
                {line.text}
              </span>
            );
          })}
        </pre>
      )}
    </section>
  );
}

/** Every revision, newest first, each with a restore button (but the current one). */
export function RevisionTable({
  articleId,
  articleVersion,
  revisions,
  timeZone,
}: {
  articleId: number;
  articleVersion: number;
  revisions: readonly Revision[];
  timeZone: string;
}) {
  return (
    <DataTable
      caption="All revisions, newest first"
      rows={revisions}
      columns={[
        { header: "Version", cell: (revision) => revision.version },
        {
          header: "Saved",
          cell: (revision) => <When date={revision.createdAt} timeZone={timeZone} />,
        },
        { header: "By", cell: (revision) => revision.editor?.name ?? "—" },
        { header: "Title", cell: (revision) => revision.title },
        {
          header: "Actions",
          hiddenHeader: true,
          cell: (revision) =>
            revision.version === articleVersion ? (
              <span className="text-neutral-600 dark:text-neutral-400">Current</span>
            ) : (
              <RestoreRevisionButton
                articleId={articleId}
                revisionId={revision.id}
                revisionVersion={revision.version}
                articleVersion={articleVersion}
              />
            ),
        },
      ]}
    />
  );
}
