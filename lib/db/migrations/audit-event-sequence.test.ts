/**
 * The migration that numbers audit events for the change feed, on a database that already has
 * some: they are numbered in the order they were written, and the next write follows on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase, type TestDatabase } from "../testing";
import { applyMigrations } from "./apply";
import { readMigrations } from "./files";

const engine = process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite";
const migrations = readMigrations(engine);
const index = migrations.findIndex((m) => m.name.endsWith("_audit_event_sequence"));
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase(migrations.slice(0, index));
  // Written in this order (by time), whatever their ids say; the version row lags behind, as an older one could.
  for (const [id, day] of [["z", 1], ["a", 2], ["m", 2], ["b", 3]] as const) {
    await t.db.$executeRawUnsafe(`INSERT INTO "AuditEvent" ("id", "at", "actor", "action", "entityType", "entityId") VALUES ('${id}', '2025-01-0${day} 10:00:00', 'someone', 'update', 'Api', 'x')`);
  }
  await t.db.$executeRawUnsafe(`UPDATE "CatalogueVersion" SET "version" = 2 WHERE "id" = 1`);
  await applyMigrations(t.url);
});
afterAll(() => t.drop());

describe("numbering audit events", () => {
  it("numbers the events already there in the order they were written, ties by id", async () => {
    const rows = await t.db.auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { id: true, sequence: true } });
    expect(rows).toEqual([{ id: "z", sequence: 1 }, { id: "a", sequence: 2 }, { id: "m", sequence: 3 }, { id: "b", sequence: 4 }]);
  });

  it("carries the catalogue's version past them, so the next event follows on", async () => {
    await t.db.$transaction((tx) => recordAudit(tx, { actor: "someone", action: "update", entityType: "Organisation", entityId: "o", before: { name: "a" }, after: { name: "b" } }));
    const newest = await t.db.auditEvent.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true } });
    expect(newest?.sequence).toBe(5);
  });
});
