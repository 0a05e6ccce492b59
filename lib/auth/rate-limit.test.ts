import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { hitRateLimit, isSignInAttempt, signInRule } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const rule = { limit: 3, windowSeconds: 600 };
const at = (iso: string) => new Date(iso);

describe("the fixed-window limiter", () => {
  it("allows up to the limit in a window, then refuses with the seconds left", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(t.db, "a", rule, at("2026-01-01T10:01:00Z")));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4]);
    expect(results[3]!.retryAfterSeconds).toBe(540); // the window is 10:00–10:10
  });

  it("starts again in the next window and forgets old windows", async () => {
    expect((await hitRateLimit(t.db, "a", rule, at("2026-01-01T10:10:00Z"))).count).toBe(1);
    await hitRateLimit(t.db, "b", rule, at("2026-01-01T10:25:00Z"));
    const keys = (await t.db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.startsWith("a@") && k.endsWith(String(Date.parse("2026-01-01T10:00:00Z"))))).toBe(false);
  });

  it("counts each key on its own", async () => {
    expect((await hitRateLimit(t.db, "c", rule, at("2026-01-01T10:25:00Z"))).count).toBe(1);
  });

  it("counts every one of many simultaneous hits exactly once", async () => {
    const now = at("2026-01-01T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(t.db, "burst", rule, now)));
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});

describe("sign-in attempts", () => {
  it("counts sign-in POSTs and callbacks, nothing else", () => {
    expect(isSignInAttempt("POST", "signin")).toBe(true);
    expect(isSignInAttempt("GET", "callback")).toBe(true);
    expect(isSignInAttempt("GET", "signin")).toBe(false);
    expect(isSignInAttempt("GET", "session")).toBe(false);
    expect(isSignInAttempt("POST", "signout")).toBe(false);
  });

  it("reads the limit from the environment, 20 per 10 minutes by default", () => {
    expect(signInRule({})).toEqual({ limit: 20, windowSeconds: 600 });
    expect(signInRule({ SIGN_IN_RATE_LIMIT: "5", SIGN_IN_RATE_WINDOW_SECONDS: "60" })).toEqual({ limit: 5, windowSeconds: 60 });
    expect(signInRule({ SIGN_IN_RATE_LIMIT: "lots" })).toEqual({ limit: 20, windowSeconds: 600 });
  });
});
