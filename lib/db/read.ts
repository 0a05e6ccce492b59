import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "./generated/sqlite/client";

/**
 * Reads for the catalogue's most requested statement (a search nobody has made before), straight
 * from the database driver with its statements prepared once per process: through Prisma every
 * call prepares the statement again and maps each row, a fifth of such a page's cost
 * (bench/search). Only for reads whose rows need no mapping beyond what the caller does itself.
 */
export type Reader = { rows<T>(sql: Prisma.Sql): Promise<T[]> };

const STATEMENTS_KEPT = 200;

/** A read-only connection of its own beside Prisma's (SQLite's WAL lets it read while Prisma writes). */
export function sqliteReader(file: string): Reader {
  let db: Database.Database | undefined;
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let found = statements.get(sql);
    if (found) {
      statements.delete(sql);
    } else {
      db ??= new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 });
      found = db.prepare(sql);
      if (statements.size >= STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, found);
    return found;
  };
  return { rows: async <T>(sql: Prisma.Sql) => statement(sql.sql).all(...sql.values.map(sqliteValue)) as T[] };
}

// As Prisma's SQLite adapter stores them.
function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value;
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
