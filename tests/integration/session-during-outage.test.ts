// A database that does not answer must not sign anyone out. Found by the soak: while PostgreSQL
// was frozen the editor was told "Your session has ended" (the session check's failure read as
// "no session"), and next-auth's session route clears the cookie whenever the check throws.
// Here the database is a port where nothing listens; the session cookie is a real one.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import type * as AuthModule from "@/lib/auth";
import type * as AuthOptionsModule from "@/features/users/auth-options";
import { cookieJar, simulateRequest } from "./stand-ins";

const SECRET = "session-outage-test-secret-0123456789abcdef";
// The real session check, reading the simulated request's cookie jar.
vi.unmock("@/lib/auth");
simulateRequest();

let auth: typeof AuthModule;
let options: typeof AuthOptionsModule;
let claims: JWT;
let cookieName: string;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:1/none";
  process.env.NEXTAUTH_SECRET = SECRET;
  auth = await import("@/lib/auth");
  options = await import("@/features/users/auth-options");
  ({ sessionCookieName: cookieName } = await import("@/lib/session-token"));
  claims = { sub: "7", name: "Desk", uid: 7, sv: 0, remember: false, authAt: Date.now() };
  cookieJar.set(cookieName, await encode({ token: claims, secret: SECRET, maxAge: 3600 }));
});

afterAll(() => {
  process.env = saved;
});

describe("session checks while the database is down", () => {
  it("getCurrentUser fails with the database error instead of answering 'signed out'", async () => {
    await expect(auth.getCurrentUser()).rejects.toThrow();
  });

  it("a cookie that cannot be decrypted still simply means signed out", async () => {
    const kept = cookieJar.get(cookieName)!;
    cookieJar.set(cookieName, "not-a-token");
    try {
      await expect(auth.getCurrentUser()).resolves.toBeNull();
    } finally {
      cookieJar.set(cookieName, kept);
    }
  });

  it("next-auth's session check keeps the session (no throw, so no cleared cookie)", async () => {
    const jwt = options.authOptions.callbacks!.jwt!;
    const kept = await jwt({ token: claims } as Parameters<typeof jwt>[0]);
    expect(kept).toEqual(claims);
  });
});
