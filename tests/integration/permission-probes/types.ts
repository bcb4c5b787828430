import type { AdminAction } from "@/lib/permissions";
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "../../../src/lib/prisma-client";

// A probe calls one admin action directly — the server action or route handler itself, as an
// attacker would, not through the UI — as the signed-in `user`, and says whether it was carried
// out or refused. tests/integration/admin-permissions.test.ts runs every probe as every role and
// compares with the table in src/lib/permissions.ts.
//
// Each domain keeps its probes in a file of this folder exporting `probes`. A probe sets up the
// records it needs itself (the integration database is migrated, not seeded) and must answer
// "allowed" only when the action really took effect (check the database), "refused" when the
// action answered with a refusal and changed nothing.

export interface ProbeContext {
  prisma: PrismaClient;
  user: { id: number; role: Role; username: string };
  /** A unique suffix for names and slugs this probe creates. */
  unique: string;
}

export type ProbeOutcome = "allowed" | "refused";
export type Probe = (context: ProbeContext) => Promise<ProbeOutcome>;
export type Probes = Partial<Record<AdminAction, Probe>>;
