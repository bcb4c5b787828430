import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/env";
import { expireCacheTags } from "@/lib/cache-expiry";
import { cacheTagPattern } from "@/lib/cache-tags";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(cacheTagPattern, "not a cache tag of this site"))
    .min(1, "name at least one tag")
    .max(500, "at most 500 tags at once"),
});

function authorized(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** POST { tags: [...] } with the shared secret: expires those cache tags (src/lib/cache-tags.ts). */
export async function POST(request: Request) {
  if (!env.REVALIDATE_SECRET) return Response.json({ error: "Not found" }, { status: 404 });
  if (!authorized(request, env.REVALIDATE_SECRET))
    return Response.json({ error: "Unauthorized" }, { status: 401 });
  const json: unknown = await request.json().catch(() => undefined);
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    return Response.json(
      {
        error: "Invalid body",
        issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
      },
      { status: 400 },
    );
  }
  await expireCacheTags(parsed.data.tags);
  return Response.json({ revalidated: parsed.data.tags });
}
