import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { ATTEMPT_KEPT_MS, findAttempt, forgetAttempts, keptArchive, saveAttempt } from "./attempts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const who = { userId: "dvla-publisher", apiId: "api-1" };
const values = { url: "", source: "openapi: 3.0.3" };

describe("a publisher's attempts at the form", () => {
  it("are theirs alone, one per API, and kept for an hour", async () => {
    const { db } = database;
    const first = await saveAttempt(db, who, { values, errors: { source: "Not valid YAML" } });
    expect(await findAttempt(db, who, first)).toEqual({ id: first, values, errors: { source: "Not valid YAML" } });
    expect(await findAttempt(db, { ...who, userId: "admin" }, first)).toBeNull();
    expect(await findAttempt(db, { ...who, apiId: "api-2" }, first)).toBeNull();

    const second = await saveAttempt(db, who, { values, errors: { url: "Enter a web address" } });
    expect(await findAttempt(db, who, first)).toBeNull();
    expect(await db.specAttempt.count()).toBe(1);

    vi.useFakeTimers({ now: Date.now() + ATTEMPT_KEPT_MS + 1000, toFake: ["Date"] });
    try {
      expect(await findAttempt(db, who, second)).toBeNull();
      // The next attempt, anyone's, clears those more than an hour old.
      await saveAttempt(db, { userId: "hmrc-publisher", apiId: "api-3" }, { values, errors: {} });
      expect(await db.specAttempt.count()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keep an archive and its candidate roots until the description is added", async () => {
    const { db } = database;
    const bytes = new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)]);
    const id = await saveAttempt(db, who, { values, errors: { root: "Choose" }, archive: { bytes, name: "spec.zip", candidates: ["a.yaml", "b.yaml"] } });
    expect(await findAttempt(db, who, id)).toMatchObject({ archive: { name: "spec.zip", candidates: ["a.yaml", "b.yaml"] } });
    const kept = await keptArchive(db, who, id);
    expect(kept && Buffer.from(kept.bytes).equals(Buffer.from(bytes))).toBe(true);
    await forgetAttempts(db, who);
    expect(await keptArchive(db, who, id)).toBeNull();
  });
});
