import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../index";
import { createTestDatabase, type TestDatabase } from "../testing";
import { applyMigrations } from "./apply";
import { checksumOf, readMigrations, type MigrationFile } from "./files";

const engine = process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite";
let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe(`applying migrations (${engine})`, () => {
  it("records each migration in _prisma_migrations and applies nothing twice", async () => {
    database = await createTestDatabase();
    const again = await applyMigrations(database.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations(engine).length);
    const rows = await database.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations(engine).map((m) => m.name));
    expect(rows[0]?.checksum).toBe(readMigrations(engine)[0]?.checksum);
  });

  it("queues concurrent deploys: every migration is applied exactly once", async () => {
    database = await createTestDatabase();
    const fresh = await freshUrl(database.url);
    const results = await Promise.all([applyMigrations(fresh.url), applyMigrations(fresh.url), applyMigrations(fresh.url)]);
    const applied = results.flatMap((r) => r.applied).sort();
    expect(applied).toEqual(readMigrations(engine).map((m) => m.name).sort());
    await fresh.drop();
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    database = await createTestDatabase();
    const broken: MigrationFile = {
      name: "29991231000000_broken",
      sql: `CREATE TABLE "half_done" ("id" TEXT PRIMARY KEY);\nINSERT INTO "no_such_table" VALUES (1);`,
      checksum: checksumOf("x"),
    };
    await expect(applyMigrations(database.url, [...readMigrations(engine), broken])).rejects.toThrow();
    const tables = engine === "sqlite"
      ? await database.db.$queryRawUnsafe<unknown[]>(`SELECT name FROM sqlite_master WHERE name = 'half_done'`)
      : await database.db.$queryRawUnsafe<unknown[]>(`SELECT tablename FROM pg_tables WHERE tablename = 'half_done'`);
    expect(tables).toEqual([]);
    const recorded = await database.db.$queryRawUnsafe<unknown[]>(`SELECT id FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`);
    expect(recorded).toEqual([]);
  });

  it("keeps existing rows and their references when a later migration rebuilds a table", async () => {
    const migrations = readMigrations(engine);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-upgrade-"));
    const url = engine === "sqlite" ? `file:${path.join(dir, "upgrade.db")}` : undefined;
    if (!url) return; // PostgreSQL alters columns in place; only SQLite copies tables.
    await applyMigrations(url, migrations.slice(0, 2));
    const db = createDb(url);
    await db.$executeRawUnsafe(`INSERT INTO "Organisation" ("id","slug","name","updatedAt") VALUES ('o1','org','Org',CURRENT_TIMESTAMP)`);
    await db.$executeRawUnsafe(`INSERT INTO "Api" ("id","slug","organisationId","name","updatedAt") VALUES ('a1','api','o1','Api',CURRENT_TIMESTAMP)`);
    await db.$executeRawUnsafe(`INSERT INTO "SpecRevision" ("id","apiId","source","contentHash","arrivedVia") VALUES ('s1','a1','{}','h','seed')`);
    await db.$executeRawUnsafe(`INSERT INTO "ApiTag" ("apiId","tag") VALUES ('a1','roads')`);
    await db.$disconnect();
    const { applied } = await applyMigrations(url, migrations);
    expect(applied.length).toBe(migrations.length - 2);
    const after = createDb(url);
    expect(await after.specRevision.count()).toBe(1);
    expect(await after.apiTag.count()).toBe(1);
    expect((await after.api.findUniqueOrThrow({ where: { id: "a1" } })).status).toBe("published");
    await after.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a migration edited after it was applied", async () => {
    database = await createTestDatabase();
    const [first, ...rest] = readMigrations(engine);
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: checksumOf(`${first!.sql}\n-- edited`) };
    await expect(applyMigrations(database.url, [edited, ...rest])).rejects.toThrow(/edited after it was applied/);
  });
});

/** A second, unmigrated database beside the test one. */
async function freshUrl(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-fresh-"));
    return { url: `file:${path.join(dir, "fresh.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const db = createDb(url);
  const name = `fresh_${Date.now()}`;
  await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  await db.$disconnect();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const admin = createDb(url);
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}
