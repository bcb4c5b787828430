// Prisma's own differ compares prisma/schema.prisma with the database our migrations produce:
// tables, columns, types, nullability, defaults, indexes and foreign keys must all agree.
import { describe, expect, inject, it } from "vitest";
import { migrate } from "../../scripts/lib/migrations";
import { driftFromSchema } from "../../scripts/lib/schema-engine";
import { createScratchDatabase, withClient } from "./helpers";

describe("schema drift", () => {
  it("the migrated database matches schema.prisma exactly", async () => {
    const drift = await driftFromSchema(inject("databaseUrl"));
    expect(
      drift,
      `schema.prisma and the migrations disagree; to fix, add a migration with:\n${drift}`,
    ).toBe("");
  });

  it.each([
    [
      "a column's nullability",
      `ALTER TABLE "Comment" ALTER COLUMN "body" DROP NOT NULL`,
      `"body" SET NOT NULL`,
    ],
    [
      "a missing index",
      `DROP INDEX "Article_status_scheduledFor_idx"`,
      `"Article_status_scheduledFor_idx"`,
    ],
    [
      "a column's type",
      `ALTER TABLE "Tag" ALTER COLUMN "name" TYPE varchar(50)`,
      `"name" SET DATA TYPE TEXT`,
    ],
    [
      "a default",
      `ALTER TABLE "Category" ALTER COLUMN "position" SET DEFAULT 5`,
      `"position" SET DEFAULT 0`,
    ],
    [
      "a foreign key",
      `ALTER TABLE "Comment" DROP CONSTRAINT "Comment_articleId_fkey"`,
      `"Comment_articleId_fkey"`,
    ],
    ["an extra table", `CREATE TABLE "Stray" (id int)`, `DROP TABLE "Stray"`],
  ])("detects %s that differs from the schema", async (_what, change, expected) => {
    const scratch = await createScratchDatabase(inject("databaseUrl"));
    try {
      await withClient(scratch.url, async (client) => {
        await migrate(client);
        await client.query(change);
      });
      expect(await driftFromSchema(scratch.url)).toContain(expected);
    } finally {
      await scratch.drop();
    }
  });
});
