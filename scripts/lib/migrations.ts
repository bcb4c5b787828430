// Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction,
// and records them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so either
// tool can take over from the other.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** Prisma's lock id for migrations, so our runner and Prisma's never run at once. */
const ADVISORY_LOCK_ID = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's checksum: SHA-256 of the file's bytes, lowercase hex. */
export function migrationChecksum(sql: string | Buffer): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Compares what the database has applied with the files on disk. Returns the migrations still
 * to apply, or throws (before anything is applied) when history and files disagree.
 */
export function pendingMigrations(files: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started earlier but never finished. Repair the database by ` +
        `hand, then delete its row from "_prisma_migrations" (or mark it rolled back) and run again.`,
    );
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has applied migration ${row.migration_name}, which is not in prisma/migrations. ` +
          `This checkout is older than the database; deploy the newer code instead.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied (checksum ${file.checksum} on ` +
          `disk, ${row.checksum} in the database). Applied migrations must never be edited: restore the ` +
          `file and put the change in a new migration. Nothing was applied.`,
      );
    }
  }
  const done = new Set(live.map((row) => row.migration_name));
  return files.filter((file) => !done.has(file.name));
}

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function migrate(
  client: pg.Client,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const files = await readMigrations(options.dir);
  await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_ID]);
  try {
    await client.query(CREATE_HISTORY_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const pending = pendingMigrations(files, rows);
    const applied: string[] = [];
    for (const migration of pending) {
      try {
        await client.query("BEGIN");
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${reason}` +
            (applied.length ? ` (applied before it: ${applied.join(", ")})` : ""),
          { cause: error },
        );
      }
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]).catch(() => {});
  }
}
