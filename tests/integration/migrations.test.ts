import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import {
  MIGRATIONS_DIR,
  migrate,
  migrationChecksum,
  readMigrations,
} from "../../scripts/lib/migrations";
import { createScratchDatabase, withClient } from "./helpers";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let dir: string;

beforeEach(async () => {
  scratch = await createScratchDatabase(inject("databaseUrl"));
  dir = await mkdtemp(path.join(os.tmpdir(), "coinmela-migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
});

afterEach(async () => {
  await scratch.drop();
  await rm(dir, { recursive: true, force: true });
});

async function addMigration(name: string, sql: string) {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe("migration runner", () => {
  it("applies every migration in order and records it as Prisma does", async () => {
    await addMigration("29990101000000_second", `CREATE TABLE "Later" (id int);`);
    await withClient(scratch.url, async (client) => {
      const applied = await migrate(client, { dir });
      const files = await readMigrations(dir);
      expect(applied).toEqual(files.map((f) => f.name));
      const { rows } = await client.query(
        `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const [index, row] of rows.entries()) {
        const sql = await readFile(path.join(dir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(migrationChecksum(sql));
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
        expect(index).toBeGreaterThanOrEqual(0);
      }
      expect(await tables(client)).toContain("Later");
    });
  });

  it("does nothing the second time", async () => {
    await withClient(scratch.url, async (client) => {
      await migrate(client, { dir });
      expect(await migrate(client, { dir })).toEqual([]);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0].n).toBe((await readMigrations(dir)).length);
    });
  });

  it("refuses to run when an applied migration's file changed, and applies nothing", async () => {
    await withClient(scratch.url, async (client) => {
      await migrate(client, { dir });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first!.name, "migration.sql"), first!.sql + "\n-- edited\n");
      await addMigration("29990101000000_pending", `CREATE TABLE "ShouldNotExist" (id int);`);
      await expect(migrate(client, { dir })).rejects.toThrow(
        new RegExp(`Migration ${first!.name} was changed after it was applied`),
      );
      expect(await tables(client)).not.toContain("ShouldNotExist");
    });
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    await addMigration(
      "29990101000000_broken",
      `CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;`,
    );
    await withClient(scratch.url, async (client) => {
      await expect(migrate(client, { dir })).rejects.toThrow(
        /Migration 29990101000000_broken failed and was rolled back/,
      );
      expect(await tables(client)).not.toContain("Half");
      const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(rows.map((r) => r.migration_name)).not.toContain("29990101000000_broken");
      // The good migrations before it stay applied.
      expect(await tables(client)).toContain("Article");
    });
  });

  it("refuses a database that has applied a migration this checkout does not have", async () => {
    await addMigration("29990101000000_newer", `SELECT 1;`);
    await withClient(scratch.url, async (client) => {
      await migrate(client, { dir });
      await rm(path.join(dir, "29990101000000_newer"), { recursive: true });
      await expect(migrate(client, { dir })).rejects.toThrow(/not in prisma\/migrations/);
    });
  });
});
