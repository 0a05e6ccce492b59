import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseUrl, engineOf, sqlitePath, type Engine } from "./config";
import { SqliteAdapter } from "./large-text";
import { postgresReader, sqliteReader, type Reader, type ReadOptions } from "./read";
import type { Prisma as Sql } from "./generated/sqlite/client";

export { databaseUrl, engineOf, type Engine } from "./config";
export { largeTextWrite } from "./large-text";
export type { Api, Assessment, AssessmentAnswer, AuditEvent, Connection, DataSet, DataSetHolding, Exemption, Membership, Organisation, SpecRevision, SpecSource, System, User } from "./models";

/**
 * Both generated clients have the same models and methods; the SQLite one's types stand for
 * both so the rest of the code is written once.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// On globalThis, as getDb's client is: the proxy, the pages and the route handlers are bundled
// apart, each with its own copy of this module, and share the client the first of them made.
const globalForReaders = globalThis as unknown as { __catalogueReaders?: WeakMap<Db, Reader> };
const readers = (globalForReaders.__catalogueReaders ??= new WeakMap<Db, Reader>());

/**
 * `readThread`: SQLite reads asked to run off the thread (lib/db/read.ts) go to a worker thread
 * of the client's own; the server's client (getDb) has one.
 */
export function createDb(url: string = databaseUrl(), { readThread = false } = {}): Db {
  if (engineOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const db = new PostgresClient({ adapter }) as unknown as Db;
    readers.set(db, postgresReader(url));
    return db;
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new SqliteAdapter({ url: file, timeout: 15_000 });
  const db = new SqliteClient({ adapter });
  adapter.serve(db);
  // The database is in WAL mode (lib/db/migrations/apply.ts), where SQLite's advice is synchronous
  // NORMAL: a commit no longer waits for the disk (better-sqlite3 would block the event loop for
  // it: some 0.4 ms a write, milliseconds on a busy disk, and the API counts a quota on every
  // request), at the cost of the last commits on a power cut; the file is never corrupted. It is
  // the first statement of the client's one connection, so every write after it follows it.
  void db.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  // A second connection to an in-memory database would be another, empty database.
  if (file !== ":memory:") readers.set(db, sqliteReader(file, { readThread }));
  return db;
}

/**
 * The rows of a read-only statement, from the database driver directly (./read.ts says when
 * that is worth it); through Prisma inside a transaction, which must see its own writes.
 */
export function readRows<T>(client: Db | Tx, sql: Sql.Sql, options?: ReadOptions): Promise<T[]> {
  const reader = readers.get(client as Db);
  return reader ? reader.rows<T>(sql, options) : client.$queryRaw<T[]>(sql);
}

const globalForDb = globalThis as unknown as { __catalogueDb?: { url: string; db: Db } };

/** The process-wide client for DATABASE_URL (one connection pool per process). */
export function getDb(): Db {
  const url = databaseUrl();
  const cached = globalForDb.__catalogueDb;
  if (cached && cached.url === url) return cached.db;
  const db = createDb(url, { readThread: true });
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
