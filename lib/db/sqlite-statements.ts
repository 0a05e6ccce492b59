import Database from "better-sqlite3";
import { Lru } from "@/lib/cache/lru";

const STATEMENTS_KEPT = 200;

/**
 * A read-only connection of its own beside Prisma's (SQLite's WAL lets it read while Prisma
 * writes), opened on the first read, with its most recent statements kept prepared.
 */
export function sqliteStatements(file: string): (sql: string) => Database.Statement {
  let db: Database.Database | undefined;
  const statements = new Lru<Database.Statement>(STATEMENTS_KEPT);
  return (sql) => {
    let found = statements.get(sql);
    if (!found) {
      db ??= new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 });
      found = db.prepare(sql);
      statements.set(sql, found);
    }
    return found;
  };
}

/** A value as Prisma's SQLite adapter stores it. */
export function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value;
}
