import { CardList, When } from "@/components/ui/admin-list";
import type { AuditEntry } from "../queries";
import { AuditDiff } from "./audit-diff";

/** The audit log's entries, newest first: who did what to which thing, and the changes. */
export function AuditList({
  entries,
  timeZone,
}: {
  entries: readonly AuditEntry[];
  timeZone: string;
}) {
  return (
    <CardList
      ordered
      label="Audit entries, newest first"
      items={entries}
      empty={<p>No entries match.</p>}
      render={(entry) => (
        <>
          <p className="text-sm">
            <span className="font-semibold">
              <When date={entry.createdAt} timeZone={timeZone} />
            </span>{" "}
            · {entry.actor ? `${entry.actor.name} (${entry.actor.username})` : "system"} ·{" "}
            <code>{entry.action}</code> · {entry.entityType}
            {entry.entityId ? ` #${entry.entityId}` : ""}
            {entry.ip ? ` · from ${entry.ip}` : ""}
          </p>
          {(entry.before !== null || entry.after !== null) && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm underline">Changes</summary>
              <div className="mt-2 overflow-x-auto">
                <AuditDiff before={entry.before} after={entry.after} />
              </div>
            </details>
          )}
        </>
      )}
    />
  );
}
