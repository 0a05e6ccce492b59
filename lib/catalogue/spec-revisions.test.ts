import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import type { Change } from "@/lib/openapi/diff";
import { addSpecRevision, compareWithPrevious } from "./spec-revisions";

let database: TestDatabase;
let apiId: string;

const doc = (paths: Record<string, unknown>) => JSON.stringify({ openapi: "3.0.3", info: { title: "T", version: "1" }, paths });
const ok = { responses: { "200": { description: "OK" } } };
const V1 = doc({ "/v1/a": { get: ok }, "/v1/b": { get: ok } });
const V2 = doc({ "/v1/a": { get: { ...ok, parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }] } }, "/v1/c": { get: ok } });
const V3 = doc({ "/v1/a": { get: { ...ok, parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }] } }, "/v1/c": { get: ok }, "/v1/d": { get: ok } });

const checked = (contentHash: string, bundled: string) => ({ apiId, source: bundled, contentHash, arrivedVia: "upload", status: "checked", bundled, score: 50 });
const stored = (id: string) => database.db.specRevision.findUniqueOrThrow({ where: { id }, select: { previousId: true, changes: true, breakingChanges: true } });

beforeAll(async () => {
  database = await createTestDatabase();
  const organisation = await database.db.organisation.create({ data: { slug: "dvla", name: "DVLA" } });
  apiId = (await database.db.api.create({ data: { slug: "vehicles", name: "Vehicles", organisationId: organisation.id } })).id;
});
afterAll(() => database.drop());

describe("storing a revision compares it with the one before", () => {
  let first: string;
  let second: string;
  let third: string;

  it("leaves the first checked revision uncompared", async () => {
    first = (await database.db.$transaction((tx) => addSpecRevision(tx, checked("1", V1)))).id;
    expect(await stored(first)).toEqual({ previousId: null, changes: null, breakingChanges: null });
  });

  it("compares a later one with the latest checked revision and counts what breaks", async () => {
    second = (await database.db.$transaction((tx) => addSpecRevision(tx, checked("2", V2)))).id;
    const row = await stored(second);
    expect(row.previousId).toBe(first);
    const changes = JSON.parse(row.changes!) as Change[];
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual(
      expect.arrayContaining([
        ["path-removed", true],
        ["parameter-required-added", true],
        ["path-added", false],
      ]),
    );
    expect(row.breakingChanges).toBe(2);
  });

  it("skips revisions not checked, and does not compare a pending one until it is checked", async () => {
    const pending = (await database.db.$transaction((tx) => addSpecRevision(tx, { apiId, source: "x", contentHash: "p", arrivedVia: "seed" }))).id;
    expect(await stored(pending)).toEqual({ previousId: null, changes: null, breakingChanges: null });
    third = (await database.db.$transaction((tx) => addSpecRevision(tx, checked("3", V3)))).id;
    expect(await stored(third)).toMatchObject({ previousId: second, breakingChanges: 0 });
  });

  it("uses a comparison made before the transaction, but makes it again if another revision was checked meanwhile", async () => {
    const made = await compareWithPrevious(database.db, apiId, V1);
    // Back to V1 from V3: two paths gone.
    expect(made).toMatchObject({ previousId: third, breakingChanges: 2 });
    const fresh = (await database.db.$transaction((tx) => addSpecRevision(tx, { ...checked("4", V1), comparison: made }))).id;
    expect(await stored(fresh)).toEqual(made);

    const stale = { ...made, breakingChanges: 99 };
    const later = (await database.db.$transaction((tx) => addSpecRevision(tx, { ...checked("5", V2), comparison: stale }))).id;
    const row = await stored(later);
    expect(row.previousId).toBe(fresh);
    expect(row.breakingChanges).toBe(2);
  });
});
