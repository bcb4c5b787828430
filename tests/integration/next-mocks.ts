// A setup file of the integration project (vitest.config.ts): it runs before each integration
// file and gives every one of them the same stand-ins for Next's request APIs and the session.
// Their state, and the helpers to set it (signIn, simulateRequest, expiredTags, …), live in
// stand-ins.ts. A file that needs the real module (session-during-outage.test.ts needs the real
// @/lib/auth) says so with vi.unmock; one that needs something else may vi.mock it again.
import { vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("./stand-ins")).auth);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...(await import("./stand-ins")).nextHeaders,
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...(await import("./stand-ins")).nextCache,
}));

vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...(await import("./stand-ins")).nextNavigation,
}));
