import { expect, type Locator, type Page } from "@playwright/test";
import pg from "pg";

// Shared by the end-to-end specs: the test database (each spec seeds what it needs beyond the
// demo seed itself, through `sql`), and signing in through the real form, as one of the demo
// accounts (one per role, made by the demo seed, password in the README) or any other.

export const DEMO_PASSWORD = "coinmela-demo-2026";
export type DemoRole = "admin" | "editor" | "contributor" | "reader";

/** Fills the sign-in form (the page's, or the one in `scope`, e.g. a dialog) and submits it. */
export async function submitSignIn(
  scope: Page | Locator,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await scope.getByLabel("Username or Email Address").fill(identifier);
  await scope.getByLabel("Password").fill(password);
  await scope.getByRole("button", { name: "Sign in" }).click();
}

/** Sign-in attempts are rate limited per address; the suite signs in from 127.0.0.1 many times. */
export async function forgetSignInAttempts(): Promise<void> {
  await sql(`DELETE FROM "RateLimit"`);
}

/** Signs in through the real form and waits until the session is set. */
export async function signInAs(page: Page, role: DemoRole, returnTo = "/admin"): Promise<void> {
  await forgetSignInAttempts();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, role);
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0], { timeout: 30_000 });
  await expect(page.locator("body")).toBeVisible();
}

export async function sql<T = Record<string, unknown>>(
  query: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}
