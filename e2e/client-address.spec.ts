import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "./fixtures";

/** The sign-in limit's counters, read straight from the server's database (SQLite or PostgreSQL). */
async function rateLimitKeys(): Promise<string[]> {
  const url = process.env.DATABASE_URL || "file:./data/catalogue.db";
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ key: string }>(`SELECT "key" FROM "RateLimit"`)).rows.map((r) => r.key);
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT "key" FROM "RateLimit"`).all() as { key: string }[]).map((r) => r.key);
  } finally {
    db.close();
  }
}

test("sign-in attempts count against the address they came from, not an X-Forwarded-For the client wrote", async ({ request }) => {
  const forged = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  const response = await request.post("/api/auth/signin/oidc", { headers: { "X-Forwarded-For": forged }, form: { csrfToken: "none" } });
  expect(response.status()).toBeLessThan(500);
  const keys = await rateLimitKeys();
  // The server appended the socket's address (this test's, 127.0.0.1) and counted that.
  expect(keys.some((k) => k.startsWith("sign-in:127.0.0.1@"))).toBe(true);
  expect(keys.filter((k) => k.includes(forged) || k.startsWith("sign-in:unknown@"))).toEqual([]);
});
