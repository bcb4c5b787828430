import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { recordView } from "@/features/views/actions";
import { isBot } from "@/features/views/rules";
import { viewBeaconSchema } from "@/features/views/schemas";
import { clientIp } from "@/lib/client-ip";
import { logger } from "@/lib/logger";

/**
 * The article page's view beacon (navigator.sendBeacon). Answers 204 whatever happens to a valid
 * beacon — bots and repeats are simply not counted — and 400 to a malformed one.
 */
export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return NextResponse.json({ error: 'Body must be JSON: {"slug": "..."}' }, { status: 400 });
  }
  const parsed = viewBeaconSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json(
      { error: parsed.error.issues[0]?.message ?? "Invalid body" },
      { status: 400 },
    );
  }
  const userAgent = request.headers.get("user-agent");
  if (!isBot(userAgent)) {
    const ip = clientIp(request.headers);
    // Only a hash of who the reader is stays in memory, never the address itself.
    const visitor = createHash("sha256")
      .update(`${ip}|${userAgent}`)
      .digest("base64url")
      .slice(0, 22);
    try {
      await recordView(parsed.data.slug, visitor);
    } catch (error) {
      logger().error(
        { error: error instanceof Error ? error.message : String(error) },
        "[views] could not record a view",
      );
    }
  }
  return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
