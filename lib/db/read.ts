import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import pg from "pg";
import type { Prisma } from "./generated/sqlite/client";
import type { ReadJob, ReadReply } from "./read.worker";
import { sqliteStatements, sqliteValue } from "./sqlite-statements";

// Reads for the catalogue's most requested statements (a search nobody has made before, the
// catalogue's version), straight from the database driver with their statements prepared once
// per connection: through Prisma every call prepares the statement again and maps each row, a
// fifth of such a page's cost (bench/search). Only for reads whose rows need no mapping beyond
// what the caller does itself.

export type ReadOptions = {
  /**
   * A statement costly enough to run beside the request thread, not on it: SQLite runs in the
   * calling thread, so a search's few milliseconds would hold up every other request meanwhile
   * (PostgreSQL runs every statement in a process of its own anyway).
   */
  offThread?: boolean;
};
export type Reader = { rows<T>(sql: Prisma.Sql, options?: ReadOptions): Promise<T[]> };

/**
 * SQLite through a read-only connection of its own; `readThread`: statements read off the
 * thread go to a worker thread with another such connection (the server's client has one; a
 * script's or test's reads stay on its thread unless it asks for one too).
 */
export function sqliteReader(file: string, { readThread = false } = {}): Reader {
  const statement = sqliteStatements(file);
  const inThread = readThread ? readThreadFor(file) : undefined;
  return {
    rows: async <T>(sql: Prisma.Sql, { offThread = false }: ReadOptions = {}) => {
      const values = sql.values.map(sqliteValue);
      return (inThread && offThread ? inThread(sql.sql, values) : statement(sql.sql).all(...values)) as T[];
    },
  };
}

function startReadWorker(file: string): Worker {
  // As lib/openapi/worker.ts: in a Next build the bundler compiles the literal entry below into a
  // worker chunk; run from source (vitest, tsx) the worker registers tsx and imports the entry.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./read.worker.ts", import.meta.url), { workerData: { file } });
  const entry = JSON.stringify(import.meta.url.replace(/[^/]+$/, "read.worker.ts"));
  return new Worker(`import("tsx/esm/api").then((m) => m.tsImport(${entry}, ${entry}))`, { eval: true, workerData: { file } });
}

/**
 * One worker thread, started on the first read, holding the process open only while a read is
 * waiting for it. Should it stop (it never should), the reads waiting fail and the next starts another.
 */
function readThreadFor(file: string): (sql: string, values: unknown[]) => Promise<unknown[]> {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }>();
  const stopped = (which: Worker, error: Error) => {
    if (worker !== which) return;
    worker = undefined;
    for (const read of waiting.values()) read.reject(error);
    waiting.clear();
  };
  const start = () => {
    const started = startReadWorker(file);
    started.on("message", (reply: ReadReply) => {
      const read = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!waiting.size) started.unref();
      if ("rows" in reply) read?.resolve(reply.rows);
      else read?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    });
    started.on("error", (e) => stopped(started, e));
    started.on("exit", (code) => stopped(started, new Error(`The database's read thread stopped (exit code ${code})`)));
    return started;
  };
  return (sql, values) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, sql, values } satisfies ReadJob);
    });
}

/**
 * A small pool of its own, opened on the first read, whose idle connections close within a second
 * and never keep a script alive; each distinct statement is prepared once per connection (named
 * by a hash of its text).
 */
export function postgresReader(connectionString: string): Reader {
  let pool: pg.Pool | undefined;
  return {
    rows: async <T>(sql: Prisma.Sql) => {
      if (!pool) {
        pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_READ_POOL_SIZE ?? 4), idleTimeoutMillis: 1_000, allowExitOnIdle: true });
        // An idle connection the server closes (a restart, a dropped database) is only discarded:
        // the next read opens another, and a read in flight fails on its own.
        pool.on("error", () => undefined);
      }
      const name = `read-${createHash("sha1").update(sql.text).digest("base64url")}`;
      return (await pool.query({ name, text: sql.text, values: sql.values as unknown[] })).rows as T[];
    },
  };
}
