// The webhook sender refuses private networks (issue 12, finding 1), against real PostgreSQL and a
// real loopback receiver, with WEBHOOK_ALLOW_PRIVATE unset (the production default): a webhook
// whose URL is, or resolves to, a loopback, private, link-local or otherwise non-public address
// gets no request, and the delivery log says "refused: private address". The admin's form
// refuses such URLs when they are typed, with a message next to the field.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LookupFunction } from "node:net";
import type { PrismaClient } from "../../src/lib/prisma-client";
import { useTestDatabase } from "./database";
import { signIn } from "./stand-ins";
import { upsertAccounts } from "./test-accounts";
import { importWebhookModules, type WebhookModules } from "./webhook-modules";
import { startReceiver, type Receiver } from "../fixtures/webhook-receiver";

let prisma: PrismaClient;
let receiver: Receiver;
let { deliver, queue, send, actions } = {} as WebhookModules;
let admin: { id: number; role: string };
const MARK = "wh-guard";

/** A resolver that answers every name with one address, as a hostile DNS server could. */
const resolveTo =
  (address: string): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family: 4 }]);
    else callback(null, address, 4);
  };

beforeAll(async () => {
  receiver = await startReceiver();
  process.env.WEBHOOK_TIMEOUT_MS = "2000";
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  prisma = useTestDatabase();
  ({ deliver, queue, send, actions } = await importWebhookModules());
  ({ admin } = await upsertAccounts(prisma, "wh-guard", { admin: "ADMIN" }, () => ({
    name: "WHG",
  })));
});

beforeEach(async () => {
  await prisma.webhook.deleteMany({});
  receiver.requests.length = 0;
  signIn(admin);
});

afterAll(async () => {
  await prisma.webhook.deleteMany({});
  await prisma.auditLog.deleteMany({ where: { actorId: admin.id } });
  await prisma.user.deleteMany({ where: { username: "wh-guard-admin" } });
  await prisma.$disconnect();
  await receiver.close();
});

describe("send-time guard (WEBHOOK_ALLOW_PRIVATE unset)", () => {
  it("sends nothing to loopback, private or metadata addresses and logs them refused", async () => {
    // Written straight to the table: URLs saved before the form refused them, or names whose
    // DNS changed since. The sender is the guard that counts.
    const urls = [
      receiver.url, // http://127.0.0.1:<port>/hook
      `http://localhost:${receiver.port}/hook`, // a name that resolves to loopback
      `http://[::1]:${receiver.port}/hook`,
      `http://[::ffff:127.0.0.1]:${receiver.port}/hook`, // IPv4-mapped IPv6
      `http://2130706433:${receiver.port}/hook`, // 127.0.0.1 as one number
      `http://0.0.0.0:${receiver.port}/hook`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/hook",
    ];
    for (const url of urls) {
      await prisma.webhook.create({
        data: { url, secret: `whsec_${MARK}`, events: ["article.published"], description: MARK },
      });
    }
    const ids = await queue.queueEvent("article.published", null);
    expect(ids).toHaveLength(urls.length);
    const reports = await deliver.deliverDueWebhooks(new Date());
    expect(reports).toHaveLength(urls.length);

    expect(receiver.requests).toEqual([]);
    const rows = await prisma.webhookDelivery.findMany({
      select: { webhook: { select: { url: true } }, lastErrorKind: true, lastStatusCode: true },
    });
    for (const row of rows) {
      expect(row, row.webhook.url).toMatchObject({
        lastErrorKind: "refused: private address",
        lastStatusCode: null,
      });
    }
  });

  it("refuses a hostname that resolves to 127.0.0.1, and connects only to the address it checked", async () => {
    const hostile = resolveTo("127.0.0.1");
    const url = `http://hooks.receiver.test:${receiver.port}/hook`;
    const refused = await send.postWebhook(
      url,
      "{}",
      {},
      {
        timeoutMs: 2000,
        allowPrivate: false,
        lookup: hostile,
      },
    );
    expect(refused).toMatchObject({
      ok: false,
      statusCode: null,
      errorKind: "refused: private address",
    });
    expect(receiver.requests).toEqual([]);

    // With private addresses allowed, the same resolver's answer is where the request goes
    // (the name exists nowhere else): the address that is checked is the address connected to.
    const allowed = await send.postWebhook(
      url,
      "{}",
      {},
      {
        timeoutMs: 2000,
        allowPrivate: true,
        lookup: hostile,
      },
    );
    expect(allowed).toMatchObject({ ok: true, statusCode: 200 });
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.headers.host).toBe(`hooks.receiver.test:${receiver.port}`);
  });

  it("refuses a name with any private address among its answers", async () => {
    const mixed: LookupFunction = (_hostname, options, callback) => {
      const answers = [
        { address: "93.184.215.14", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ];
      if (options.all) callback(null, answers);
      else callback(null, answers[1]!.address, 4);
    };
    const result = await send.postWebhook(
      `http://mixed.receiver.test:${receiver.port}/hook`,
      "{}",
      {},
      { timeoutMs: 2000, allowPrivate: false, lookup: mixed },
    );
    expect(result).toMatchObject({ ok: false, errorKind: "refused: private address" });
    expect(receiver.requests).toEqual([]);
  });
});

describe("save-time check", () => {
  it("refuses private and loopback URLs with a field error, and accepts public ones", async () => {
    const refused = [
      "http://[::1]:3000/api/revalidate",
      "http://127.0.0.1:8080/hook",
      "http://localhost:8080/hook",
      "http://admin.localhost/hook",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.1.2.3/hook",
      "http://192.168.0.10/hook",
      "http://172.16.5.4/hook",
      "http://[fd12::1]/hook",
      "http://[fe80::1]/hook",
      "http://[::ffff:10.0.0.1]/hook",
      "http://0.0.0.0/hook",
      "http://224.0.0.1/hook",
      "http://0x7f000001/hook",
    ];
    for (const url of refused) {
      const result = await actions.createWebhookAction(
        { status: "idle" },
        (() => {
          const data = new FormData();
          data.append("url", url);
          data.append("events", "article.published");
          return data;
        })(),
      );
      expect(result.status, url).toBe("error");
      expect(result.fieldErrors?.url, url).toMatch(/private network/);
      expect(result.values?.url, url).toBe(url);
    }
    expect(await prisma.webhook.count()).toBe(0);

    const data = new FormData();
    data.append("url", "https://hooks.example.org/in");
    data.append("events", "article.published");
    expect((await actions.createWebhookAction({ status: "idle" }, data)).status).toBe("ok");
    expect(await prisma.webhook.count()).toBe(1);
  });
});
