import { timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { metrics } from "@/lib/metrics";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

function authorized(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** This process's metrics in Prometheus' text format (src/lib/metrics.ts), for METRICS_TOKEN. */
export async function GET(request: Request) {
  if (!env.METRICS_TOKEN)
    return Response.json({ error: "Not found" }, { status: 404, headers: NO_STORE });
  if (!authorized(request, env.METRICS_TOKEN)) {
    return Response.json(
      { error: "Unauthorized" },
      { status: 401, headers: { ...NO_STORE, "WWW-Authenticate": "Bearer" } },
    );
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { ...NO_STORE, "Content-Type": registry.contentType },
  });
}
