import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Engine } from "../config";

export type MigrationFile = { name: string; sql: string; checksum: string };

const ROOT = path.resolve(__dirname, "../../..");

export function migrationsDir(engine: Engine): string {
  return path.join(ROOT, "prisma/migrations", engine);
}

/** Prisma's checksum: sha256 of the script with line endings normalised. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/** The migrations of one engine, oldest first (directory names start with a timestamp). */
export function readMigrations(engine: Engine, dir = migrationsDir(engine)): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}
