import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { ANONYMOUS } from "../visibility";
import { catalogueVersion } from "../catalogue-version";
import { cachedSearch } from "./cache";
import { reindexApis } from "./indexer";
import { parseSearchParams } from "./params";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("cached search", () => {
  it("answers again from memory until a write bumps the version, then sees the write", async () => {
    const { db } = database;
    const params = parseSearchParams({ q: "pension" });
    const before = await cachedSearch(db, ANONYMOUS, params);
    expect(before.total).toBe(0);
    expect(await cachedSearch(db, ANONYMOUS, params)).toBe(before);

    const version = await catalogueVersion(db);
    await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({ data: { slug: "dwp", name: "Department for Work and Pensions" } });
      const api = await tx.api.create({ data: { slug: "state-pension", name: "State Pension", organisationId: organisation.id } });
      await recordAudit(tx, { actor: "test", action: "create", entityType: "Api", entityId: api.id, after: api });
      await reindexApis(tx, [api.id]);
    });
    expect(await catalogueVersion(db)).toBe(version + 1);
    const after = await cachedSearch(db, ANONYMOUS, params);
    expect(after.hits.map((h) => h.slug)).toEqual(["state-pension"]);
  });

  it("keys results by the version it is handed (the proxy's reading for the request) rather than reading it again", async () => {
    const { db } = database;
    const params = parseSearchParams({ q: "state pension" });
    const version = await catalogueVersion(db);
    const atVersion = await cachedSearch(db, ANONYMOUS, params, version);
    expect(atVersion.total).toBe(1);
    expect(await cachedSearch(db, ANONYMOUS, params)).toBe(atVersion);
    // Handed a later version than the database's, it keeps the results under that one instead.
    const later = await cachedSearch(db, ANONYMOUS, params, version + 1);
    expect(later).not.toBe(atVersion);
    expect(await cachedSearch(db, ANONYMOUS, params, version + 1)).toBe(later);
  });
});
