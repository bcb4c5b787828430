import type { Metadata } from "next";
import { AdminList, AdminPage, Muted } from "@/components/ui/admin-list";
import { AuditList } from "@/features/audit/components/audit-list";
import { auditEntries, auditFilterChoices } from "@/features/audit/queries";
import { auditFilterSchema } from "@/features/audit/schemas";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { firstParams } from "@/lib/pagination";

export const metadata: Metadata = { title: "Audit log" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const choices = (values: string[]) => values.map((value) => ({ value, label: value }));

export default async function AdminAuditPage({ searchParams }: Props) {
  await requirePagePermission("audit.view");
  const filter = auditFilterSchema.parse(firstParams(await searchParams));
  const { timeZone } = await getSiteSettings();
  const [{ total, pages, entries }, { actions, entityTypes }] = await Promise.all([
    auditEntries(filter, timeZone),
    auditFilterChoices(),
  ]);
  return (
    <AdminPage title="Audit log">
      <AdminList
        basePath="/admin/audit"
        searchLabel="Filter the audit log"
        filters={[
          {
            id: "audit-actor",
            name: "actor",
            label: "Actor (username)",
            value: filter.actor,
            maxLength: 64,
          },
          {
            id: "audit-action",
            name: "action",
            label: "Action",
            value: filter.action,
            anyLabel: "Any",
            options: choices(actions),
          },
          {
            id: "audit-entityType",
            name: "entityType",
            label: "Entity type",
            value: filter.entityType,
            anyLabel: "Any",
            options: choices(entityTypes),
          },
          { id: "audit-from", name: "from", label: "From (day)", type: "date", value: filter.from },
          {
            id: "audit-to",
            name: "to",
            label: "To (day, included)",
            type: "date",
            value: filter.to,
          },
        ]}
        submitLabel="Filter"
        formClassName="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
        submitClassName="primary-button w-full"
        page={filter.page}
        pages={pages}
        total={total}
        noun={["entry", "entries"]}
      >
        <Muted>
          Days are in the site&apos;s time zone ({timeZone}). “system” as actor shows what the
          scheduler did.
        </Muted>
        <AuditList entries={entries} timeZone={timeZone} />
      </AdminList>
    </AdminPage>
  );
}
