// Sign-in limits counted in PostgreSQL (no REDIS_URL): parallel guesses, one budget per account.
import { afterAll, beforeAll, describe, inject } from "vitest";
import type * as LimitsModule from "@/features/rate-limits/limiter";
import type * as SignInModule from "@/features/users/sign-in";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import { signInLimitTests } from "./sign-in-limits";

let prisma: PrismaClient;
let signIn: typeof SignInModule;
let limits: typeof LimitsModule;
let hashPassword: (password: string) => Promise<string>;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  delete process.env.REDIS_URL;
  prisma = createPrismaClient(inject("databaseUrl"));
  signIn = await import("@/features/users/sign-in");
  limits = await import("@/features/rate-limits/limiter");
  hashPassword = (await import("@/features/users/password")).hashPassword;
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { username: { startsWith: "lim-" } } });
  await prisma.rateLimit.deleteMany();
  await prisma.$disconnect();
  await limits?.closeRateLimitStores();
});

describe("sign-in limits in PostgreSQL", () => {
  signInLimitTests({
    prisma: () => prisma,
    signIn: (username, password, ip) => signIn.signInWithPassword({ username, password }, ip),
    hashPassword: (password) => hashPassword(password),
  });
});
