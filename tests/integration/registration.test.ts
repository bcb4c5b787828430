// Registration against real PostgreSQL and a real SMTP server (smtp-server on a free port): a
// taken email is refused, and its owner is told by mail that someone tried (once an hour at most);
// the per-address registration limit still holds.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type * as LimitsModule from "@/features/rate-limits/limiter";
import type * as RegisterModule from "@/features/users/register";
import { createPrismaClient, type PrismaClient } from "../../src/lib/prisma-client";

interface Received {
  to: string[];
  raw: string;
}

let prisma: PrismaClient;
let smtp: SMTPServer;
let register: typeof RegisterModule;
let limits: typeof LimitsModule;
const received: Received[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(port);
  process.env.SMTP_SECURE = "false";
  process.env.SITE_URL = "http://news.test";
  delete process.env.REDIS_URL;
  prisma = createPrismaClient(inject("databaseUrl"));
  register = await import("@/features/users/register");
  limits = await import("@/features/rate-limits/limiter");
});

afterAll(async () => {
  await prisma?.user.deleteMany({ where: { username: { startsWith: "reg-" } } });
  await prisma?.rateLimit.deleteMany();
  await prisma?.$disconnect();
  await limits?.closeRateLimitStores();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE"]) delete process.env[name];
});

const fresh = () => `reg-${randomBytes(5).toString("hex")}`;
let addressCounter = 0;
const freshIp = () => `10.77.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`;

function input(username: string, email = `${username}@example.com`) {
  return { username, email, name: `Name ${username}`, password: "registration-pass-2026" };
}

const mailsTo = (email: string) => received.filter((mail) => mail.to.includes(email));

describe("registration", () => {
  it("refuses a taken email and mails its owner that someone tried, at most once an hour", async () => {
    const owner = fresh();
    const created = await register.registerAccount(input(owner), freshIp());
    expect(created).toMatchObject({ status: "created", user: { username: owner } });

    const attempt = await register.registerAccount(
      input(fresh(), `${owner}@example.com`),
      freshIp(),
    );
    expect(attempt).toEqual({ status: "taken", username: false, email: true });
    const mails = mailsTo(`${owner}@example.com`);
    console.log(
      `[registration] mails to the owner after one attempt: ${mails.length}; subject: ${/^Subject: (.*)$/m.exec(mails[0]?.raw ?? "")?.[1]}`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toMatch(/^Subject: Someone tried to register with your email address/m);
    expect(mails[0]!.raw).toContain("http://news.test/forgot-password");
    expect(mails[0]!.raw).toContain(`Name ${owner}`);

    await register.registerAccount(input(fresh(), `${owner}@example.com`), freshIp());
    expect(mailsTo(`${owner}@example.com`)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email: `${owner}@example.com` } })).toBe(1);
  });

  it("refuses a taken username without mailing anyone", async () => {
    const owner = fresh();
    await register.registerAccount(input(owner), freshIp());
    const before = received.length;
    const attempt = await register.registerAccount(
      input(owner, `${fresh()}@example.com`),
      freshIp(),
    );
    expect(attempt).toEqual({ status: "taken", username: true, email: false });
    expect(received.length).toBe(before);
  });

  it("still allows 5 registrations per address per hour", async () => {
    const ip = freshIp();
    const outcomes = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      outcomes.push((await register.registerAccount(input(fresh()), ip)).status);
    }
    expect(outcomes).toEqual(["created", "created", "created", "created", "created", "limited"]);
  });
});
