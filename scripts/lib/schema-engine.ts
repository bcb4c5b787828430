// Prisma's own schema engine, as WebAssembly (the @prisma/schema-engine-wasm package Prisma
// ships), driven through the pg driver adapter. The native engine that `prisma migrate` wants
// cannot be downloaded on our machines; this one needs no download and diffs exactly as Prisma
// does, so "does the database match schema.prisma?" is answered by Prisma itself.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatasource"; files: { path: string; content: string }[]; configDir: string }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

interface WasmRuntime {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (message: string) => void,
      adapterFactory: unknown,
    ) => Promise<WasmSchemaEngine>;
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Result rows whose columns (by index) were PostgreSQL's one-byte "char" type. */
const charColumns = new WeakMap<object, number[]>();

/**
 * The engine reads catalog columns of PostgreSQL's one-byte "char" type (constraint kinds and
 * the like), which the pg adapter rejects. This pool lets them through as text and remembers
 * where they were, so the adapter below can label them as the engine's Character type.
 */
class CatalogFriendlyPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads cannot be forwarded precisely
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((value: pg.QueryResult) => {
        const found: number[] = [];
        (value.fields ?? []).forEach((field, index) => {
          if (field.dataTypeID === PG_CHAR_OID) {
            field.dataTypeID = PG_TEXT_OID;
            found.push(index);
          }
        });
        if (found.length > 0 && value.rows) charColumns.set(value.rows, found);
        return value;
      });
    }
    return result;
  }
}

type QueryResultSet = { columnTypes: number[]; rows: unknown[] };
type Queryable = { queryRaw(query: unknown): Promise<QueryResultSet> };

function labelCharColumns<T extends Queryable>(adapter: T): T {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return adapter;
}

function adapterFactory(databaseUrl: string) {
  const factory = new PrismaPg(new CatalogFriendlyPool({ connectionString: databaseUrl }), {
    disposeExternalPool: true,
  });
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => labelCharColumns(await factory.connect()),
    connectToShadowDb: async () => labelCharColumns(await factory.connectToShadowDb()),
  });
}

(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    lastPanic = message;
  },
};
let lastPanic = "";

let runtimePromise: Promise<WasmRuntime> | undefined;

function loadRuntime(): Promise<WasmRuntime> {
  runtimePromise ??= (async () => {
    // The package exports no package.json, so locate it through its main module.
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const runtime = (await import(
      pathToFileURL(path.join(packageDir, "schema_engine_bg.js")).href
    )) as WasmRuntime;
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
    });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime;
  })();
  return runtimePromise;
}

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

/**
 * SQL that would take `from` to `to` — empty when they agree. `databaseUrl` is the database the
 * engine connects to, and the one diffed when a side is `databaseTarget()`.
 */
export async function diffSql(
  databaseUrl: string,
  from: DiffTarget,
  to: DiffTarget,
): Promise<string> {
  const runtime = await loadRuntime();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapter = adapterFactory(databaseUrl);
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    adapter,
  );
  try {
    lastPanic = "";
    const result = await engine
      .diff({
        from,
        to,
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      })
      .catch((error: unknown) => {
        throw new Error(`Prisma's schema engine failed${lastPanic ? `: ${lastPanic}` : ""}`, {
          cause: error,
        });
      });
    return stripEmptyScript(result.stdout ?? "");
  } finally {
    engine.free();
  }
}

/** The schema as written in prisma/schema.prisma, as a diff target. */
export async function schemaTarget(): Promise<DiffTarget> {
  return {
    tag: "schemaDatamodel",
    files: [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }],
  };
}

/** The live database the engine is connected to, as a diff target. */
export async function databaseTarget(): Promise<DiffTarget> {
  const content = await readFile(SCHEMA_PATH, "utf8");
  return {
    tag: "schemaDatasource",
    files: [{ path: SCHEMA_PATH, content }],
    configDir: process.cwd(),
  };
}

/** SQL needed to bring the database at `databaseUrl` to prisma/schema.prisma ("" = no drift). */
export async function driftFromSchema(databaseUrl: string): Promise<string> {
  return diffSql(databaseUrl, await databaseTarget(), await schemaTarget());
}

function stripEmptyScript(sql: string): string {
  // The engine answers "-- This is an empty migration." when nothing differs.
  return sql.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}
