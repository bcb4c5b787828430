import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { env } from "@/env";
import { apiRoute } from "@/lib/api-route";
import { cacheTagPattern } from "@/lib/cache-tags";
import { ActionError, notFound, signedOut, validationFailure } from "@/lib/errors";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(cacheTagPattern, "not a cache tag of this site"))
    .min(1, "name at least one tag")
    .max(500, "at most 500 tags at once"),
});

function authorized(request: NextRequest, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * POST { tags: [...] } with the shared secret: expires those cache tags (src/lib/cache-tags.ts).
 * The secret is checked before the body is read, so without it the route says nothing about
 * what it accepts: 404 where no secret is configured, 401 for a wrong one.
 */
export const POST = apiRoute({
  name: "cache.revalidate",
  access: "public", // the shared secret, not a session, says who may call
  run: async (_input, { request, expire }) => {
    if (!env.REVALIDATE_SECRET) throw notFound("Not found");
    if (!authorized(request, env.REVALIDATE_SECRET)) throw signedOut("Unauthorized");
    const parsed = bodySchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) throw new ActionError(validationFailure(parsed.error, "Invalid body"));
    expire(parsed.data.tags);
    return { revalidated: parsed.data.tags };
  },
});
