import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own migrate commands on a machine that has
// Prisma's schema engine; `prisma generate` works without it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/coinmela" },
});
