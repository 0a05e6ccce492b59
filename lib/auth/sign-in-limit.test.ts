import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { send, startServer, type TestServer } from "@/lib/security/testing";
import { limitSignIn } from "./sign-in-limit";

// Every attempt is a sign-in POST, counted against the address the server works out.
let t: TestDatabase;
let server: TestServer;
let now = new Date("2026-01-01T12:00:30Z");
beforeAll(async () => {
  t = await createTestDatabase();
  server = await startServer(async (request) => {
    const refused = await limitSignIn(t.db, request, "signin", now);
    return refused ? { status: refused.status, body: `Retry-After: ${refused.headers.get("retry-after")}\n${await refused.text()}` } : { status: 200, body: "" };
  });
  process.env.SIGN_IN_RATE_LIMIT = "3";
});
afterAll(async () => {
  delete process.env.SIGN_IN_RATE_LIMIT;
  await server.close();
  await t.drop();
});
afterEach(async () => {
  delete process.env.TRUSTED_PROXY_HOPS;
  await t.db.rateLimit.deleteMany();
  now = new Date(now.getTime() + 3_600_000);
});

const attempts = async (n: number, request: Parameters<typeof send>[1] | ((i: number) => Parameters<typeof send>[1])) => {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await send(server, typeof request === "function" ? request(i) : request)).status);
  return statuses;
};

describe("the sign-in limit", () => {
  it("answers 429 in plain English with Retry-After once an address is over the limit", async () => {
    now = new Date("2026-01-01T12:00:30Z");
    expect(await attempts(3, { from: "127.0.0.2" })).toEqual([200, 200, 200]);
    const refused = await send(server, { from: "127.0.0.2" });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatch(/^Retry-After: 570\n/); // the window is 12:00–12:10
    expect(refused.body).toContain("Too many attempts to sign in");
    expect((await send(server, { from: "127.0.0.3" })).status).toBe(200);
  });

  it("cannot be got past by sending a different X-Forwarded-For each time", async () => {
    expect(await attempts(6, (i) => ({ from: "127.0.0.2", forwardedFor: `203.0.113.${i + 1}` }))).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it("cannot be turned on a victim by sending the victim's address", async () => {
    const victim = "127.0.0.4";
    expect(await attempts(5, { from: "127.0.0.2", forwardedFor: victim })).toEqual([200, 200, 200, 429, 429]);
    expect((await send(server, { from: victim })).status).toBe(200);
  });

  it("behind a trusted proxy, counts the address the proxy saw, not what the client wrote before it", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const proxy = "127.0.0.5";
    // The attacker (198.51.100.66) rotates its own entry; the proxy appends the attacker's real address.
    const rotating = await attempts(5, (i) => ({ from: proxy, forwardedFor: `203.0.113.${i + 1}, 198.51.100.66` }));
    expect(rotating).toEqual([200, 200, 200, 429, 429]);
    // It wrote the victim's address first; the victim, through the same proxy, is not locked out.
    expect((await send(server, { from: proxy, forwardedFor: "203.0.113.50, 198.51.100.66" })).status).toBe(429);
    expect((await send(server, { from: proxy, forwardedFor: "203.0.113.50" })).status).toBe(200);
  });
});
