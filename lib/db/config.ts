import path from "node:path";

export type Engine = "sqlite" | "postgresql";

/** The embedded default: a git-ignored SQLite file under data/. */
export const DEFAULT_DATABASE_URL = "file:./data/catalogue.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function engineOf(url: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:") || url === ":memory:") return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${url.split(":")[0]}:`);
}

/** Absolute path of a SQLite url, resolved against the working directory. */
export function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "").split("?")[0] ?? "";
  return file === ":memory:" ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
