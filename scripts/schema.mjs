// One source schema (SQLite) and a PostgreSQL schema derived from it, so the two can never
// describe different models. Used by scripts/generate.mjs and checked by schema.test.ts.
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const sourceSchemaPath = path.join(root, "prisma/schema.prisma");
export const postgresSchemaPath = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n";

export function derivePostgresSchema(source) {
  const withProvider = source.replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  const withOutput = withProvider.replace(
    /output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/,
    'output       = "../../lib/db/generated/postgresql"',
  );
  if (withProvider === source || withOutput === withProvider) {
    throw new Error("prisma/schema.prisma must use the sqlite provider and output to ../lib/db/generated/sqlite");
  }
  return HEADER + withOutput;
}

export function writePostgresSchema() {
  const derived = derivePostgresSchema(fs.readFileSync(sourceSchemaPath, "utf8"));
  const current = fs.existsSync(postgresSchemaPath) ? fs.readFileSync(postgresSchemaPath, "utf8") : "";
  if (current !== derived) fs.writeFileSync(postgresSchemaPath, derived);
  return current !== derived;
}
