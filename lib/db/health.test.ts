import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "./index";
import { createTestDatabase, type TestDatabase } from "./testing";
import { databaseAnswers, healthResponse } from "./health";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("whether the database answers", () => {
  it("is true for a database that answers", async () => {
    expect(await databaseAnswers(t.db)).toBe(true);
  });

  it("is false when the database cannot be opened", async () => {
    // A directory is no SQLite file: every query fails.
    const broken = createDb(`file:${os.tmpdir()}`);
    expect(await databaseAnswers(broken)).toBe(false);
  });

  it("is false when the database never answers", async () => {
    const hung = { $queryRaw: () => new Promise(() => undefined) } as unknown as Db;
    expect(await databaseAnswers(hung, 1)).toBe(false);
  });
});

describe("health answers", () => {
  it("are plain text that nothing keeps", async () => {
    const response = healthResponse(503, "Not ready");
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("Not ready\n");
  });
});
