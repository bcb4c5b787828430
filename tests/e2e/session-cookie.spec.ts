import { randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Cookie } from "@playwright/test";
import { hashPassword } from "../../src/features/users/password";
import { sql } from "./fixtures";

// The session cookie's lifetime agrees with the session's (issue 12, finding 3): without
// "Remember me" it is a browser-session cookie (the server ends the session after 24 hours
// anyway); with it, it lasts until the remembered session ends, 30 days after sign-in. That holds
// for the cookie the sign-in sets and for the one next-auth sets again on every session read.

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const PASSWORD = "e2e-Cookie-Passphrase-2026";
const DAY_SECONDS = 24 * 3600;

/** An account of this test's own. */
async function makeAccount(): Promise<string> {
  const username = `ck${randomBytes(5).toString("hex")}`;
  await sql(
    `INSERT INTO "User" (username, email, name, "passwordHash", role, "updatedAt")
     VALUES ($1, $2, $3, $4, 'READER', now())`,
    [username, `${username}@example.com`, `Cookie ${username}`, await hashPassword(PASSWORD)],
  );
  return username;
}

const isSessionToken = (name: string) => name.endsWith("next-auth.session-token");

/** The session token's Set-Cookie of a response, parsed into its attributes (lower-cased). */
function sessionSetCookie(response: Response): Map<string, string> | null {
  const line = response.headers
    .getSetCookie()
    .find((value) => isSessionToken(value.split("=")[0]!));
  if (!line) return null;
  const [pair, ...attributes] = line.split(";").map((part) => part.trim());
  const parsed = new Map<string, string>([["value", pair!.slice(pair!.indexOf("=") + 1)]]);
  for (const attribute of attributes) {
    const at = attribute.indexOf("=");
    parsed.set(
      (at === -1 ? attribute : attribute.slice(0, at)).toLowerCase(),
      at === -1 ? "" : attribute.slice(at + 1),
    );
  }
  return parsed;
}

/** Seconds from now until the cookie expires, or null for a browser-session cookie. */
function lifetimeSeconds(cookie: Map<string, string>): number | null {
  if (cookie.has("max-age")) return Number(cookie.get("max-age"));
  if (cookie.has("expires")) return (Date.parse(cookie.get("expires")!) - Date.now()) / 1000;
  return null;
}

/** next-auth's HTTP sign-in: the session token's Set-Cookie and the cookie header to send on. */
async function httpSignIn(base: string, username: string, remember: boolean) {
  const csrfResponse = await fetch(new URL("/api/auth/csrf", base));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = csrfResponse.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies },
    body: new URLSearchParams({
      csrfToken,
      username,
      password: PASSWORD,
      json: "true",
      ...(remember ? { remember: "true" } : {}),
    }),
  });
  const cookie = sessionSetCookie(response);
  expect(cookie?.get("value"), "the sign-in sets a session token").toBeTruthy();
  return cookie!;
}

/** Reads the session over HTTP like the header does, returning the re-set session cookie. */
async function readSession(base: string, token: string) {
  const response = await fetch(new URL("/api/auth/session", base), {
    headers: { cookie: `next-auth.session-token=${token}` },
  });
  const session = (await response.json()) as { user?: { username?: string } };
  return { session, cookie: sessionSetCookie(response) };
}

test("HTTP sign-in without Remember me: a browser-session cookie, also when a session read sets it again", async ({
  baseURL,
}) => {
  const username = await makeAccount();
  const cookie = await httpSignIn(baseURL!, username, false);
  console.log(`[session cookie] sign-in, not remembered: lifetime ${lifetimeSeconds(cookie)} s`);
  expect(lifetimeSeconds(cookie)).toBeNull();
  const read = await readSession(baseURL!, cookie.get("value")!);
  expect(read.session.user?.username).toBe(username);
  console.log(
    `[session cookie] session read, not remembered: lifetime ${read.cookie && lifetimeSeconds(read.cookie)} s`,
  );
  expect(read.cookie?.get("value")).toBeTruthy();
  expect(lifetimeSeconds(read.cookie!)).toBeNull();
  // The re-set cookie still works.
  expect((await readSession(baseURL!, read.cookie!.get("value")!)).session.user?.username).toBe(
    username,
  );
});

test("HTTP sign-in with Remember me: the cookie lasts the remembered 30 days, not more on refresh", async ({
  baseURL,
}) => {
  const username = await makeAccount();
  const cookie = await httpSignIn(baseURL!, username, true);
  const lifetime = lifetimeSeconds(cookie);
  console.log(`[session cookie] sign-in, remembered: lifetime ${lifetime} s`);
  expect(lifetime).toBeGreaterThan(30 * DAY_SECONDS - 600);
  expect(lifetime).toBeLessThanOrEqual(30 * DAY_SECONDS + 5);
  const read = await readSession(baseURL!, cookie.get("value")!);
  expect(read.session.user?.username).toBe(username);
  // The session ends 30 days after sign-in, so a refresh never pushes the cookie further.
  const expiresAfterSignIn = Date.now() / 1000 + lifetime!;
  const expiresAfterRead = Date.now() / 1000 + lifetimeSeconds(read.cookie!)!;
  expect(Math.abs(expiresAfterRead - expiresAfterSignIn)).toBeLessThan(5);
});

function sessionCookieOf(cookies: Cookie[]): Cookie {
  const cookie = cookies.find((c) => isSessionToken(c.name));
  expect(cookie, "a session cookie").toBeTruthy();
  return cookie!;
}

for (const remember of [false, true]) {
  test(`browser sign-in ${remember ? "with" : "without"} Remember me keeps that lifetime after reloads`, async ({
    page,
  }) => {
    const username = await makeAccount();
    await page.goto("/signin?callbackUrl=%2Fnews");
    await page.getByLabel("Username or Email Address").fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    if (remember) await page.getByLabel("Remember me").check();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/news");
    // The header reads the session (/api/auth/session), which sets the cookie again.
    const sessionRead = page.waitForResponse((r) => r.url().includes("/api/auth/session"));
    await page.reload();
    await sessionRead;
    await expect(page.getByRole("banner")).toContainText(`Cookie ${username}`);
    const cookie = sessionCookieOf(await page.context().cookies());
    const seconds = cookie.expires === -1 ? null : cookie.expires - Date.now() / 1000;
    console.log(
      `[session cookie] browser, ${remember ? "remembered" : "not remembered"}, after reload: ${seconds === null ? "session cookie" : `${Math.round(seconds)} s`}`,
    );
    if (remember) {
      expect(seconds).toBeGreaterThan(30 * DAY_SECONDS - 600);
      expect(seconds).toBeLessThanOrEqual(30 * DAY_SECONDS + 5);
    } else {
      expect(seconds).toBeNull();
    }
  });
}
