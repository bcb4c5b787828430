import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/generated/prisma/client";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";

// The audit log: every admin mutation writes one entry (who, what, on which record, when, and the
// before/after of the fields that matter). Written inside the mutation's transaction when there is
// one, so an entry exists exactly when the change does.

export interface AuditEntry {
  /** null for the system (the scheduler). */
  actorId: number | null;
  /** verb-noun, e.g. "article.publish", "user.ban", "settings.update". */
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (the scheduler): no address to record
  }
}

export async function recordAudit(entry: AuditEntry, client: AuditClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      ip: await requestIp(),
    },
  });
}
