import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { recordView } from "@/features/views/mutations";
import { isBot } from "@/features/views/rules";
import { viewBeaconSchema } from "@/features/views/schemas";
import { apiRoute } from "@/lib/api-route";
import { clientIp } from "@/lib/client-ip";
import { logger } from "@/lib/logger";

/**
 * The article page's view beacon (navigator.sendBeacon, which sends its JSON as text/plain: the
 * chain reads any body as JSON). Answers 204 whatever happens to a valid beacon — bots and
 * repeats are simply not counted, and a failure to count is only logged — and 422 to a
 * malformed one.
 */
export const POST = apiRoute({
  name: "views.beacon",
  access: "public",
  body: viewBeaconSchema,
  run: async ({ body }, { request }) => {
    const userAgent = request.headers.get("user-agent");
    if (!isBot(userAgent)) {
      // Only a hash of who the reader is stays in memory, never the address itself.
      const visitor = createHash("sha256")
        .update(`${clientIp(request.headers)}|${userAgent}`)
        .digest("base64url")
        .slice(0, 22);
      try {
        await recordView(body.slug, visitor);
      } catch (error) {
        logger().error(
          { error: error instanceof Error ? error.message : String(error) },
          "[views] could not record a view",
        );
      }
    }
    return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
});
