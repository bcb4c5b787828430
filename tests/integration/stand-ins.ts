// What the integration tests put in place of Next's request APIs and of the session. The mocks
// themselves are registered once, for every integration file, by next-mocks.ts (a setup file of
// the integration project); this module holds their state and the helpers a test uses to set it.
// Each test file gets a fresh copy (Vitest isolates files), so nothing here leaks between files.
import { vi } from "vitest";

// ---------------------------------------------------------------------------------------------
// The session: @/lib/auth's getCurrentUser answers whoever the test signed in.

/** The fields of an account the tests sign in with; the rest of CurrentUser gets defaults. */
export interface StandInUser {
  id: number;
  role: string;
  username?: string;
  name?: string | null;
}

export const session = { user: null as null | Record<string, unknown> };

/**
 * From now on getCurrentUser answers this account, as the real one would load it (an active
 * account, current session version); fields the test gives win over the defaults.
 */
export function signIn(user: StandInUser): void {
  session.user = {
    name: user.username,
    email: user.username === undefined ? undefined : `${user.username}@example.com`,
    avatarUrl: null,
    banned: false,
    sessionVersion: 0,
    createdAt: new Date(),
    ...user,
  };
}

/** From now on getCurrentUser answers null: nobody is signed in. */
export function signOut(): void {
  session.user = null;
}

/** The stand-in for @/lib/auth (see next-mocks.ts). */
export const auth = {
  getCurrentUser: async () => session.user,
};

// ---------------------------------------------------------------------------------------------
// The request: next/headers. Outside a request (the default) headers() and cookies() throw, as
// Next's do; after simulateRequest() they answer the request's headers and the cookie jar.

const request = { headers: null as Headers | null };

/** The cookies of the simulated request; cookies().set and .delete change it. */
export const cookieJar = new Map<string, string>();

/**
 * Calls from now on run inside a request: from `ip` (as X-Forwarded-For, which the app reads
 * when it is started without the peer-address preload, as in these tests) with `headers`.
 */
export function simulateRequest(options: { ip?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(options.headers);
  if (options.ip) headers.set("x-forwarded-for", options.ip);
  request.headers = headers;
}

function currentRequest(api: string): Headers {
  if (!request.headers) throw new Error(`\`${api}\` was called outside a request scope.`);
  return request.headers;
}

type CookieOptions = { name: string; value: string } & Record<string, unknown>;

export const nextHeaders = {
  headers: async () => new Headers(currentRequest("headers")),
  cookies: async () => {
    currentRequest("cookies");
    const entry = (name: string) => {
      const value = cookieJar.get(name);
      return value === undefined ? undefined : { name, value };
    };
    return {
      get: entry,
      getAll: () => [...cookieJar.keys()].map((name) => entry(name)!),
      has: (name: string) => cookieJar.has(name),
      set: (name: string | CookieOptions, value?: string) => {
        if (typeof name === "string") cookieJar.set(name, value ?? "");
        else cookieJar.set(name.name, name.value);
      },
      delete: (name: string) => cookieJar.delete(name),
    };
  },
};

// ---------------------------------------------------------------------------------------------
// The data cache: next/cache. Expiries are recorded; cached reads always read afresh.

export const nextCache = {
  revalidateTag: vi.fn((_tag: string, _profile?: unknown) => {}),
  updateTag: vi.fn((_tag: string) => {}),
  revalidatePath: vi.fn((_path: string, _type?: string) => {}),
  refresh: vi.fn(() => {}),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

/** The tags expired (revalidateTag) since the file started or since forgetExpiredTags(). */
export function expiredTags(): string[] {
  return nextCache.revalidateTag.mock.calls.map(([tag]) => tag);
}

/** The same, with the profile each was expired with (`{ expire: 0 }`: gone at once). */
export function expiries(): { tag: string; profile: unknown }[] {
  return nextCache.revalidateTag.mock.calls.map(([tag, profile]) => ({ tag, profile }));
}

export function forgetExpiredTags(): void {
  nextCache.revalidateTag.mockClear();
}

// ---------------------------------------------------------------------------------------------
// Control flow: next/navigation. Next's redirect(), notFound(), forbidden() and unauthorized()
// throw an error whose `digest` starts with NEXT_ (the action chain lets those through); these
// throw the same, with a message that says where the redirect went.

function signal(message: string): never {
  throw Object.assign(new Error(message), { digest: message });
}

export const nextNavigation = {
  redirect: (url: string): never => signal(`NEXT_REDIRECT ${url}`),
  permanentRedirect: (url: string): never => signal(`NEXT_REDIRECT ${url}`),
  notFound: (): never => signal("NEXT_NOT_FOUND"),
  forbidden: (): never => signal("NEXT_FORBIDDEN"),
  unauthorized: (): never => signal("NEXT_UNAUTHORIZED"),
};
