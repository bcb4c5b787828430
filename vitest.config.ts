import path from "node:path";
import { defineConfig } from "vitest/config";

// Vitest 5's reporter groups failures with Map.groupBy, which Node 20 lacks: without this, a
// failing test crashes the report instead of explaining itself.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
const MapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
MapWithGroupBy.groupBy ??= (items, key) => {
  const groups = new Map();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

const alias = { "@": path.resolve(import.meta.dirname, "src") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "src/**/*.test.tsx",
            "scripts/**/*.test.ts",
            "prisma/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        resolve: {
          alias: {
            ...alias,
            "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
          },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // The same stand-ins for Next's request APIs and the session in every file.
          setupFiles: ["tests/integration/next-mocks.ts"],
          // One shared database: files run one after another so they do not trample each other.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
