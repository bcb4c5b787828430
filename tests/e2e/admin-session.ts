import { expect, type Page } from "@playwright/test";
import pg from "pg";

// Shared by the admin end-to-end specs: sign in as one of the demo accounts (one per role, made by
// the demo seed, password in the README) and talk to the test database.

export const DEMO_PASSWORD = "coinmela-demo-2026";
export type DemoRole = "admin" | "editor" | "contributor" | "reader";

/** Signs in through the real form and waits until the session is set. */
export async function signInAs(page: Page, role: DemoRole, returnTo = "/admin"): Promise<void> {
  // Sign-in attempts are rate limited per address; the suite signs in from 127.0.0.1 many times.
  await sql(`DELETE FROM "RateLimit"`);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Username or Email Address").fill(role);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
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
