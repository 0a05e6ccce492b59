// Derives the PostgreSQL schema and generates both Prisma clients. Runs after every install.
// Prisma's CLI insists on a schema engine binary it cannot download here; `generate` never
// runs it, so a stub that exits 1 satisfies it (migrations go through lib/db/migrations/, driving the engine built as WebAssembly).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { root, sourceSchemaPath, postgresSchemaPath, writePostgresSchema } from "./schema.mjs";

if (writePostgresSchema()) console.log("Updated prisma/postgresql/schema.prisma");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "prisma/schema-engine-stub"), PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const prisma = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of [sourceSchemaPath, postgresSchemaPath]) {
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}
console.log("Generated the Prisma clients for SQLite and PostgreSQL");
