// The sign-in limits under concurrency, shared by the PostgreSQL and the Redis test files: each
// file sets up its store (and REDIS_URL) before the app's modules are imported, then runs these.
// Every test makes its own account and uses its own addresses, so no test sees another's counts.
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import type { SignInOutcome } from "@/features/users/sign-in";
import type { PrismaClient } from "../../src/lib/prisma-client";

export const PASSWORD = "limits-pass-2026";

export interface LimitsContext {
  prisma: () => PrismaClient;
  signIn: (username: string, password: string, ip: string) => Promise<SignInOutcome>;
  hashPassword: (password: string) => Promise<string>;
}

let addressCounter = 0;
/** A fresh address per call: the address limit (20) never decides these tests. */
export function freshIp(): string {
  addressCounter += 1;
  const random = randomBytes(2);
  return `10.${random[0]}.${random[1]}.${addressCounter % 250}`;
}

export async function makeAccount(context: LimitsContext) {
  const username = `lim-${randomBytes(5).toString("hex")}`;
  const email = `${username}@example.com`;
  const user = await context.prisma().user.create({
    data: { username, email, name: username, passwordHash: await context.hashPassword(PASSWORD) },
    select: { id: true },
  });
  return { id: user.id, username, email };
}

const outcomeName = (outcome: SignInOutcome) => (outcome.ok ? "ok" : outcome.error);

/** What a run of wrong passwords should answer, in order: so many "invalid", then "limited". */
export function outcomesOf(invalid: number, limited: number): string[] {
  return [...Array<string>(invalid).fill("invalid"), ...Array<string>(limited).fill("limited")];
}

export function signInLimitTests(context: LimitsContext) {
  it("counts ten parallel wrong passwords exactly: 5 invalid, 5 limited, then the right one is refused", async () => {
    // Four accounts at once, forty guesses in flight: the more that race, the surer a burst that
    // gets more, or fewer, than five tries shows up here.
    const accounts = await Promise.all(Array.from({ length: 4 }, () => makeAccount(context)));
    const bursts = await Promise.all(
      accounts.map((account) => {
        const ip = freshIp(); // one address per account: its limit (20) stays out of the way
        return Promise.all(
          Array.from({ length: 10 }, () => context.signIn(account.username, "wrong guess", ip)),
        );
      }),
    );
    for (const [index, outcomes] of bursts.entries()) {
      const names = outcomes.map(outcomeName).sort();
      if (index === 0) {
        console.log(`[sign-in limits] 10 parallel wrong passwords: ${JSON.stringify(names)}`);
      }
      expect(names.filter((name) => name === "invalid")).toHaveLength(5);
      expect(names.filter((name) => name === "limited")).toHaveLength(5);
    }
    for (const account of accounts) {
      const right = await context.signIn(account.username, PASSWORD, freshIp());
      expect(right).toMatchObject({ ok: false, error: "limited" });
    }
  });

  it("gives the username and the email of one account one budget", async () => {
    const account = await makeAccount(context);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const typed = attempt % 2 === 0 ? account.username : account.email;
      outcomes.push(outcomeName(await context.signIn(typed, "wrong guess", freshIp())));
    }
    // Sixth attempt, by either name, from yet another address: the account's five are used up.
    outcomes.push(outcomeName(await context.signIn(account.email, PASSWORD, freshIp())));
    outcomes.push(
      outcomeName(await context.signIn(account.username.toUpperCase(), PASSWORD, freshIp())),
    );
    console.log(`[sign-in limits] username/email alternating: ${JSON.stringify(outcomes)}`);
    expect(outcomes).toEqual(outcomesOf(5, 2));
  });

  it("a successful sign-in clears the account's count; an unknown name is limited like a real one", async () => {
    const account = await makeAccount(context);
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(await context.signIn(account.email, "wrong guess", freshIp())).toEqual({
        ok: false,
        error: "invalid",
      });
    }
    expect(await context.signIn(account.username, PASSWORD, freshIp())).toMatchObject({
      ok: true,
    });
    const after: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      after.push(outcomeName(await context.signIn(account.email, "wrong guess", freshIp())));
    }
    expect(after).toEqual(outcomesOf(5, 1));

    const ghost = `ghost-${randomBytes(5).toString("hex")}`;
    const ghostOutcomes = await Promise.all(
      Array.from({ length: 7 }, () => context.signIn(ghost, "wrong guess", freshIp())),
    );
    const ghostNames = ghostOutcomes.map(outcomeName).sort();
    expect(ghostNames).toEqual(outcomesOf(5, 2));
  });
}
