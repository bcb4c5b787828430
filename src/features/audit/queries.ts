import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import { startOfDayInZone } from "@/lib/zoned-time";
import type { AuditFilter } from "./schemas";

// Reads of the audit log page (admin only, uncached, newest first).

export const AUDIT_PER_PAGE = 30;

function addDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The Prisma filter for the page's filters; dates are whole days in the site's zone. */
export function auditWhere(filter: AuditFilter, timeZone: string): Prisma.AuditLogWhereInput {
  const from = filter.from ? startOfDayInZone(filter.from, timeZone) : null;
  const to = filter.to ? startOfDayInZone(addDay(filter.to), timeZone) : null;
  return {
    ...(filter.actor
      ? filter.actor === "system"
        ? { actorId: null }
        : { actor: { username: filter.actor.toLowerCase() } }
      : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(from || to
      ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } }
      : {}),
  };
}

export async function auditEntries(filter: AuditFilter, timeZone: string) {
  const where = auditWhere(filter, timeZone);
  const { items: entries, ...counts } = await findPage(
    db.auditLog,
    {
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        ip: true,
        createdAt: true,
        actor: { select: { username: true, name: true } },
      },
    },
    filter.page,
    AUDIT_PER_PAGE,
  );
  return { ...counts, entries };
}

export type AuditEntry = Awaited<ReturnType<typeof auditEntries>>["entries"][number];

/** The distinct actions and entity types logged so far, for the filter selects. */
export async function auditFilterChoices() {
  const [actions, entityTypes] = await Promise.all([
    db.auditLog.findMany({
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
    db.auditLog.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
  ]);
  return {
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
  };
}
