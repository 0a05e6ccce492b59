import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, postgresSchemaPath, sourceSchemaPath } from "../../scripts/schema.mjs";
import { pendingSchemaChange } from "./migrations/create";

describe("the schemas and migrations", () => {
  it("derives the PostgreSQL schema from the source schema; the checked-in copy is current", () => {
    const derived = derivePostgresSchema(fs.readFileSync(sourceSchemaPath, "utf8"));
    expect(fs.readFileSync(postgresSchemaPath, "utf8")).toBe(derived);
  });

  it.each(["sqlite", "postgresql"] as const)("%s: the migrations produce exactly the schema (no drift)", async (engine) => {
    expect(await pendingSchemaChange(engine)).toBe("");
  }, 120_000);
});
