import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "./index";
import { applyMigrations } from "./migrations/apply";
import type { MigrationFile } from "./migrations/files";

export type TestDatabase = { db: Db; url: string; drop(): Promise<void> };

/**
 * A migrated, empty database for one test file: a temp SQLite file, or a fresh database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs the data-layer tests on both).
 * `migrations`: only these (a migration's own test starts from the ones before it).
 */
export async function createTestDatabase(migrations?: MigrationFile[]): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const suffix = randomBytes(6).toString("hex");
  if (server) {
    const name = `catalogue_test_${suffix}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    const url = target.toString();
    await applyMigrations(url, migrations);
    const db = createDb(url);
    return {
      db,
      url,
      async drop() {
        await db.$disconnect();
        const cleanup = new pg.Client({ connectionString: server });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
  const url = `file:${path.join(dir, `test-${suffix}.db`)}`;
  await applyMigrations(url, migrations);
  const db = createDb(url);
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
