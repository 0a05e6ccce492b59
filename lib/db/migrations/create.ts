import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { Engine } from "../config";
import { migrationsDir } from "./files";

const require = createRequire(__filename);
const ROOT = path.resolve(__dirname, "../../..");

export const SCHEMA_PATHS: Record<Engine, string> = {
  sqlite: path.join(ROOT, "prisma/schema.prisma"),
  postgresql: path.join(ROOT, "prisma/postgresql/schema.prisma"),
};

/**
 * Tables our own migrations create outside the Prisma schema (the full-text search indexes).
 * The engine leaves them alone when it diffs, so they never count as drift.
 */
export const EXTERNAL_TABLES: Record<Engine, string[]> = {
  sqlite: ["api_search", "system_search"].flatMap((t) => [t, `${t}_data`, `${t}_idx`, `${t}_content`, `${t}_docsize`, `${t}_config`]),
  postgresql: ["public.api_search", "public.system_search"],
};

type Runtime = typeof import("@prisma/schema-engine-wasm");

let loaded: Promise<Runtime> | undefined;
let lastPanic = "";

/** The package's entry point imports a .wasm file as a module, which Node cannot; instantiate it by hand. */
function loadRuntime(): Promise<Runtime> {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate(): Promise<Runtime> {
  // The engine reports a panic's message through this global before it throws.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
    },
  };
  const runtime = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Runtime & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime;
}

/** A throwaway in-memory database of the engine's kind: the migrations are replayed there, never on real data. */
async function inMemoryFactory(engine: Engine): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (engine === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const factory = new PrismaBetterSqlite3({ url: ":memory:" });
    // The engine sends each migration script through executeRaw, which better-sqlite3
    // prepares as one statement; a parameterless script is run whole instead.
    const wholeScripts = (adapter: SqlDriverAdapter) => {
      const client = (adapter as unknown as { client: { exec(sql: string): void } }).client;
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        client.exec(query.sql);
        return 0;
      };
      return adapter;
    };
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => wholeScripts(await factory.connect()),
      connectToShadowDb: async () => wholeScripts(await factory.connectToShadowDb()),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
}

async function withEngine<T>(engine: Engine, schema: string, use: (e: SchemaEngine) => Promise<T>): Promise<T> {
  const runtime = await loadRuntime();
  const adapter = bindMigrationAwareSqlAdapterFactory(await inMemoryFactory(engine));
  const schemaEngine = await runtime.SchemaEngine.new({ datamodels: [[SCHEMA_PATHS[engine], schema]] }, () => undefined, adapter);
  try {
    return await use(schemaEngine);
  } catch (error) {
    // Errors raised inside the driver adapter reach us as "External error id#N"; look them up.
    const id = /External error id#(\d+)/.exec((error as Error).message)?.[1];
    const external = id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id))?.error;
    const reason = lastPanic || (external instanceof Error ? external.message : JSON.stringify(external ?? "")) || "";
    throw new Error(`${(error as Error).message}${reason ? `\nCause: ${reason}` : ""}`, { cause: error });
  } finally {
    schemaEngine.free();
  }
}

function migrationList(engine: Engine) {
  const baseDir = migrationsDir(engine);
  const names = fs.existsSync(baseDir)
    ? fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

/**
 * The SQL that takes a database with every existing migration applied to the current schema:
 * the migrations are replayed into an in-memory database and diffed against the schema.
 * An empty string means the migrations and the schema agree.
 */
export async function pendingSchemaChange(engine: Engine): Promise<string> {
  const schema = fs.readFileSync(SCHEMA_PATHS[engine], "utf8");
  return withEngine(engine, schema, async (schemaEngine) => {
    const result = await schemaEngine.diff({
      from: { tag: "migrations", ...migrationList(engine) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATHS[engine], content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: EXTERNAL_TABLES[engine], externalEnums: [] },
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  });
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Writes prisma/migrations/<engine>/<timestamp>_<name>/migration.sql when the schema has changed. */
export async function createMigration(engine: Engine, name: string, at = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("A migration name uses lower-case letters, digits and underscores only.");
  const lock = path.join(migrationsDir(engine), "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.mkdirSync(migrationsDir(engine), { recursive: true });
    fs.writeFileSync(lock, `# Written by npm run db:migration:create\nprovider = "${engine}"\n`);
  }
  const sql = await pendingSchemaChange(engine);
  if (!sql) return null;
  const dir = path.join(migrationsDir(engine), `${timestamp(at)}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  return dir;
}
