import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { engineOf, sqlitePath } from "../config";
import { readMigrations, type MigrationFile } from "./files";

export type ApplyResult = { applied: string[]; alreadyApplied: number };

/** Prisma's own bookkeeping table, so its tooling reads our history as its own. */
const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const POSTGRES_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/** Any fixed number: deployers of the same database queue on this advisory lock. */
const POSTGRES_LOCK_KEY = 72707369;

function checkHistory(applied: Map<string, string>, files: MigrationFile[]): void {
  for (const [name, checksum] of applied) {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`The database has migration ${name}, which is not in prisma/migrations: it is newer than this code.`);
    if (file.checksum !== checksum) throw new Error(`Migration ${name} was edited after it was applied. Create a new migration instead.`);
  }
}

function applySqlite(url: string, files: MigrationFile[]): ApplyResult {
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 60_000 });
  try {
    db.pragma("journal_mode = WAL");
    // SQLite changes a column by copying the table and dropping the old one. With foreign keys
    // on, that drop would cascade-delete the rows that point at it, and the pragma cannot be
    // changed inside a transaction: so it is off for this connection, and each migration is
    // checked with foreign_key_check before it commits.
    db.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    let alreadyApplied = 0;
    for (const migration of files) {
      // BEGIN IMMEDIATE takes the write lock first, so a second deployer waits here and then
      // sees the migration already recorded.
      const run = db.transaction(() => {
        db.exec(SQLITE_MIGRATIONS_TABLE);
        const rows = db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string; checksum: string }[];
        const history = new Map(rows.map((r) => [r.migration_name, r.checksum]));
        checkHistory(history, files);
        if (history.has(migration.name)) return false;
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length) throw new Error(`Migration ${migration.name} would leave ${broken.length} broken reference(s); nothing was changed.`);
        db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`).run(randomUUID(), migration.checksum, migration.name);
        return true;
      });
      if (run.immediate()) applied.push(migration.name);
      else alreadyApplied++;
    }
    return { applied, alreadyApplied };
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, files: MigrationFile[]): Promise<ApplyResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [POSTGRES_LOCK_KEY]);
    await client.query(POSTGRES_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const history = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkHistory(history, files);
    const applied: string[] = [];
    for (const migration of files) {
      if (history.has(migration.name)) continue;
      try {
        await client.query("BEGIN");
        // Sent whole as one simple query, so function bodies and multi-statement scripts survive.
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return { applied, alreadyApplied: history.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [POSTGRES_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Applies every pending migration of the database's engine, each in its own transaction. */
export async function applyMigrations(url: string, files = readMigrations(engineOf(url))): Promise<ApplyResult> {
  return engineOf(url) === "postgresql" ? applyPostgres(url, files) : applySqlite(url, files);
}
