import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Prisma as Sql } from "./generated/sqlite/client";
import { sqliteValue } from "./sqlite-statements";

// Prisma copies each query parameter several times on its way to the driver (it serialises it as
// JSON to match and cache the query's parameters): for a spec's text and bundle, 20 MB for the
// GitHub spec, that is some 150 ms of a 270 ms write (bench/ingest). On SQLite a client has one
// connection, on which its transaction runs, so such a statement can go to that connection
// directly, inside the same transaction.

/** The connection each SQLite client's adapter opened, by the client (as Prisma's transactions know it: see clientOf). */
const globalForConnections = globalThis as unknown as { __catalogueConnections?: WeakMap<object, () => Database.Database | undefined> };
const connections = (globalForConnections.__catalogueConnections ??= new WeakMap());

/** Prisma's own client behind a client or any of its transactions' clients. */
const clientOf = (client: object) => (client as { _originalClient?: object })._originalClient;

/** PrismaBetterSqlite3, remembering the connection it opens. */
export class SqliteAdapter extends PrismaBetterSqlite3 {
  #connection: Database.Database | undefined;
  async connect(): ReturnType<PrismaBetterSqlite3["connect"]> {
    const adapter = await super.connect();
    this.#connection = (adapter as unknown as { client: Database.Database }).client;
    return adapter;
  }
  /** Tells largeTextWrite which connection `client`'s transactions run on. */
  serve(client: object): void {
    const original = clientOf(client);
    if (original) connections.set(original, () => this.#connection);
  }
}

/**
 * A write statement whose values run to megabytes, in the transaction `tx`: on SQLite straight on
 * the transaction's connection, elsewhere through Prisma.
 */
export async function largeTextWrite(tx: object, sql: Sql.Sql): Promise<void> {
  const original = clientOf(tx);
  const connection = original ? connections.get(original)?.() : undefined;
  if (!connection) {
    await (tx as { $executeRaw(sql: Sql.Sql): Promise<number> }).$executeRaw(sql);
    return;
  }
  // Only ever inside a transaction: outside one, the statement would commit on its own.
  if (!connection.inTransaction) throw new Error("largeTextWrite needs a transaction");
  connection.prepare(sql.sql).run(...sql.values.map(sqliteValue));
}
