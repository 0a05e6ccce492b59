import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseUrl, engineOf, sqlitePath, type Engine } from "./config";

export { databaseUrl, engineOf, type Engine } from "./config";
export type { Api, Assessment, AssessmentAnswer, AuditEvent, Connection, Exemption, Membership, Organisation, SpecRevision, SpecSource, System, User } from "./models";

/**
 * Both generated clients have the same models and methods; the SQLite one's types stand for
 * both so the rest of the code is written once.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string = databaseUrl()): Db {
  if (engineOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 15_000 });
  const client = new SqliteClient({ adapter });
  // The database is in WAL mode (lib/db/migrations/apply.ts), where SQLite's advice is synchronous
  // NORMAL: a commit no longer waits for the disk (better-sqlite3 would block the event loop for
  // it: some 0.4 ms a write, milliseconds on a busy disk, and the API counts a quota on every
  // request), at the cost of the last commits on a power cut; the file is never corrupted. It is
  // the first statement of the client's one connection, so every write after it follows it.
  void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return client;
}

const globalForDb = globalThis as unknown as { __catalogueDb?: { url: string; db: Db } };

/** The process-wide client for DATABASE_URL (one connection pool per process). */
export function getDb(): Db {
  const url = databaseUrl();
  const cached = globalForDb.__catalogueDb;
  if (cached && cached.url === url) return cached.db;
  const db = createDb(url);
  globalForDb.__catalogueDb = { url, db };
  return db;
}

export function currentEngine(): Engine {
  return engineOf(databaseUrl());
}

/** The engine behind a client or transaction (tests use several databases in one process). */
export function engineOfClient(client: Db | Tx): Engine {
  return (client as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

/** Tagged-template SQL that both engines' clients accept (they share Prisma's runtime). */
export { Prisma } from "./generated/sqlite/client";
