// Sign-in limits counted in Redis (REDIS_URL set, a real redis-server on a free port), and
// PostgreSQL taking over the counting while Redis is down.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type * as LimitsModule from "@/features/rate-limits/limiter";
import type * as SignInModule from "@/features/users/sign-in";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";
import { startRedisServer, type RedisServer } from "../../scripts/lib/redis-server";
import { PASSWORD, freshIp, makeAccount, outcomesOf, signInLimitTests } from "./sign-in-limits";

let prisma: PrismaClient;
let redisServer: RedisServer;
let redis: Redis;
let signIn: typeof SignInModule;
let limits: typeof LimitsModule;
let hashPassword: (password: string) => Promise<string>;

const context = {
  prisma: () => prisma,
  signIn: (username: string, password: string, ip: string) =>
    signIn.signInWithPassword({ username, password }, ip),
  hashPassword: (password: string) => hashPassword(password),
};

beforeAll(async () => {
  redisServer = await startRedisServer({ dir: ".data/test-redis-rate-limits" });
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.REDIS_URL = redisServer.url;
  redis = new Redis(redisServer.url);
  redis.on("error", () => {}); // the last test stops the server under it
  prisma = createPrismaClient(inject("databaseUrl"));
  signIn = await import("@/features/users/sign-in");
  limits = await import("@/features/rate-limits/limiter");
  hashPassword = (await import("@/features/users/password")).hashPassword;
  // The limiter connects on first use; wait for it so these tests count in Redis, not insurance.
  const probe = `probe-${randomBytes(4).toString("hex")}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await limits.consume("commentsByUser", probe);
    if ((await redis.keys("coinmela:rate:commentsByUser:*")).length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await prisma.rateLimit.deleteMany();
});

afterAll(async () => {
  await prisma?.user.deleteMany({ where: { username: { startsWith: "lim-" } } });
  await prisma?.rateLimit.deleteMany();
  await prisma?.$disconnect();
  await limits?.closeRateLimitStores();
  redis?.disconnect();
  await redisServer?.stop();
  delete process.env.REDIS_URL;
});

describe("sign-in limits in Redis", () => {
  signInLimitTests(context);

  it("counts in Redis, not in PostgreSQL", async () => {
    const account = await makeAccount(context);
    await context.signIn(account.username, "wrong guess", freshIp());
    expect(await prisma.rateLimit.count()).toBe(0);
    expect((await redis.keys("coinmela:rate:signInByAccount:*")).length).toBeGreaterThan(0);
  });

  it("counts a new process's first attempts in Redis too, not split with PostgreSQL", async () => {
    await limits.closeRateLimitStores(); // the next count opens new connections, as at start-up
    await prisma.rateLimit.deleteMany();
    const account = await makeAccount(context);
    await context.signIn(account.username, "wrong guess", freshIp());
    expect(await prisma.rateLimit.count()).toBe(0);
  });

  // Last: it stops the server.
  it("with Redis down, counts in PostgreSQL and still limits", async () => {
    await redisServer.stop();
    const account = await makeAccount(context);
    const ip = freshIp();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => context.signIn(account.email, "wrong guess", ip)),
    );
    const names = outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.error)).sort();
    console.log(
      `[sign-in limits] Redis down, 8 parallel wrong passwords: ${JSON.stringify(names)}`,
    );
    expect(names).toEqual(outcomesOf(5, 3));
    expect(await context.signIn(account.username, PASSWORD, freshIp())).toMatchObject({
      ok: false,
      error: "limited",
    });
    expect(await prisma.rateLimit.count()).toBeGreaterThan(0);
  });
});
