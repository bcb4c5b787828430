// The role × action matrix: every admin action in src/lib/permissions.ts, called
// directly as every role, is carried out exactly where the table says and refused everywhere else.
// The probes (one file per domain in ./permission-probes) call the real server actions and route
// handlers against real PostgreSQL; only the session and Next's request APIs are stand-ins.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { ADMIN_ACTIONS, can, ROLES } from "@/lib/permissions";
import type { Role } from "@/generated/prisma/enums";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import type { Probe, Probes } from "./permission-probes/types";

const session = vi.hoisted(() => ({
  user: null as null | Record<string, unknown>,
}));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw Object.assign(new Error("NEXT_FORBIDDEN"), { digest: "NEXT_FORBIDDEN" });
  },
  unauthorized: () => {
    throw Object.assign(new Error("NEXT_UNAUTHORIZED"), { digest: "NEXT_UNAUTHORIZED" });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_NOT_FOUND" });
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT ${url}` });
  },
}));

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
  process.env.DATABASE_URL = inject("databaseUrl");
  prisma = createPrismaClient(inject("databaseUrl"));
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
    session.user = {
      ...user,
      name: user.username,
      email: `${user.username}@example.com`,
      avatarUrl: null,
      banned: false,
      sessionVersion: 0,
      createdAt: new Date(),
    };
    const unique = `${role.toLowerCase()}-${Date.now().toString(36)}-${counter++}`;
    const outcome = await probe({ prisma, user, unique });
    expect(outcome).toBe(can(role, action) ? "allowed" : "refused");
  });

  it("refuses anonymous callers", async () => {
    const probe = allProbes[action];
    if (!probe) throw new Error(`No probe for ${action}`);
    session.user = null;
    const anyone = accounts.get("READER")!;
    const outcome = await probe({
      prisma,
      user: anyone,
      unique: `anon-${Date.now().toString(36)}-${counter++}`,
    });
    expect(outcome).toBe("refused");
  });
});
