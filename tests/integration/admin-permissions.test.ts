// The role × action matrix: every admin action in src/lib/permissions.ts, called
// directly as every role, is carried out exactly where the table says and refused everywhere else.
// The probes (one file per domain in ./permission-probes) call the real server actions and route
// handlers against real PostgreSQL; only the session and Next's request APIs are stand-ins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ACTIONS, can, ROLES } from "@/lib/permissions";
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import type { Probe, Probes } from "./permission-probes/types";
import { signIn, signOut, simulateRequest } from "./stand-ins";

simulateRequest({ ip: "203.0.113.7" });

const probeFiles = import.meta.glob<{ probes: Probes }>("./permission-probes/*.ts", {
  eager: true,
});
const allProbes: Probes = {};
for (const [file, module] of Object.entries(probeFiles)) {
  if (file.endsWith("/types.ts")) continue;
  for (const [action, probe] of Object.entries(module.probes ?? {})) {
    if (action in allProbes) throw new Error(`Two probes for ${action} (second in ${file})`);
    (allProbes as Record<string, Probe>)[action] = probe;
  }
}

let prisma: PrismaClient;
const accounts = new Map<Role, { id: number; role: Role; username: string }>();
let counter = 0;

beforeAll(async () => {
  prisma = useTestDatabase();
  for (const role of ROLES) {
    const username = `matrix-${role.toLowerCase()}`;
    const user = await prisma.user.upsert({
      where: { username },
      create: { username, email: `${username}@example.com`, name: `Matrix ${role}`, role },
      update: { role, banned: false },
      select: { id: true, role: true, username: true },
    });
    accounts.set(role, user);
  }
});

afterAll(async () => {
  await prisma.$disconnect();
});

it("has a probe for every action in the table", () => {
  const missing = ADMIN_ACTIONS.filter((action) => !(action in allProbes));
  expect(missing).toEqual([]);
});

describe.each(ADMIN_ACTIONS)("%s", (action) => {
  it.each(ROLES)(`as %s: allowed exactly where the table says`, async (role) => {
    const probe = allProbes[action];
    if (!probe) throw new Error(`No probe for ${action}`);
    const user = accounts.get(role)!;
    signIn(user);
    const unique = `${role.toLowerCase()}-${Date.now().toString(36)}-${counter++}`;
    const outcome = await probe({ prisma, user, unique });
    expect(outcome).toBe(can(role, action) ? "allowed" : "refused");
  });

  it("refuses anonymous callers", async () => {
    const probe = allProbes[action];
    if (!probe) throw new Error(`No probe for ${action}`);
    signOut();
    const anyone = accounts.get("READER")!;
    const outcome = await probe({
      prisma,
      user: anyone,
      unique: `anon-${Date.now().toString(36)}-${counter++}`,
    });
    expect(outcome).toBe("refused");
  });
});
