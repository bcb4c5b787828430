import type { Metadata } from "next";
import { formatInZone } from "@/features/admin/format";
import { AuditDiff } from "@/features/audit/components/audit-diff";
import { auditEntries, auditFilterChoices } from "@/features/audit/queries";
import { auditFilterSchema } from "@/features/audit/schemas";
import { AdminPagination } from "@/features/categories/components/admin-pagination";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Audit log" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AdminAuditPage({ searchParams }: Props) {
  await requirePagePermission("audit.view");
  const params = await searchParams;
  const filter = auditFilterSchema.parse({
    actor: first(params.actor),
    action: first(params.action),
    entityType: first(params.entityType),
    from: first(params.from),
    to: first(params.to),
    page: first(params.page),
  });
  const settings = await getSiteSettings();
  const [{ total, pages, entries }, choices] = await Promise.all([
    auditEntries(filter, settings.timeZone),
    auditFilterChoices(),
  ]);
  const select = (name: "action" | "entityType", label: string, options: string[]) => (
    <div>
      <label htmlFor={`audit-${name}`} className="form-label">
        {label}
      </label>
      <select
        id={`audit-${name}`}
        name={name}
        defaultValue={filter[name] ?? ""}
        className="form-input"
      >
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-extrabold tracking-tight">Audit log</h1>
      <form
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      >
        <div>
          <label htmlFor="audit-actor" className="form-label">
            Actor (username)
          </label>
          <input
            id="audit-actor"
            name="actor"
            defaultValue={filter.actor ?? ""}
            maxLength={64}
            className="form-input"
          />
        </div>
        {select("action", "Action", choices.actions)}
        {select("entityType", "Entity type", choices.entityTypes)}
        <div>
          <label htmlFor="audit-from" className="form-label">
            From (day)
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={filter.from ?? ""}
            className="form-input"
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="form-label">
            To (day, included)
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={filter.to ?? ""}
            className="form-input"
          />
        </div>
        <div>
          <button type="submit" className="primary-button w-full">
            Filter
          </button>
        </div>
      </form>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        Days are in the site&apos;s time zone ({settings.timeZone}). “system” as actor shows what
        the scheduler did.
      </p>
      {entries.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Audit entries, newest first">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="rounded border border-neutral-200 p-3 dark:border-neutral-800"
            >
              <p className="text-sm">
                <time dateTime={entry.createdAt.toISOString()} className="font-semibold">
                  {formatInZone(entry.createdAt, settings.timeZone)}
                </time>{" "}
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
            </li>
          ))}
        </ol>
      )}
      <AdminPagination
        basePath="/admin/audit"
        query={{
          actor: filter.actor,
          action: filter.action,
          entityType: filter.entityType,
          from: filter.from,
          to: filter.to,
        }}
        page={filter.page}
        pages={pages}
        total={total}
        noun={total === 1 ? "entry" : "entries"}
      />
    </div>
  );
}
