import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { countRequest, quotaHeaders } from "./quota";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("quotas", () => {
  it("counts requests per key in fixed windows kept in the database, and clears windows long gone", async () => {
    const quota = { limit: 2, windowSeconds: 60 };
    const at = new Date("2026-12-05T18:00:10Z");
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push(await countRequest(database.db, "api:client:a", quota, at));
    expect(counts.map((c) => [c.remaining, c.exceeded])).toEqual([[1, false], [0, false], [0, true]]);
    expect(counts[2]!.resetSeconds).toBe(50);
    expect(quotaHeaders(counts[2]!, "client")).toEqual({ "RateLimit-Policy": '"client";q=2;w=60', RateLimit: '"client";r=0;t=50', "Retry-After": "50" });
    expect((await countRequest(database.db, "api:client:b", quota, at)).exceeded).toBe(false);
    const later = await countRequest(database.db, "api:client:a", quota, new Date("2026-12-05T18:03:00Z"));
    expect(later.remaining).toBe(1);
    expect(await database.db.rateLimit.count()).toBe(1);
  });
});
