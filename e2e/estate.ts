import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

type Run = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** SQL on the browser tests' database, SQLite or PostgreSQL ($1… placeholders for both). */
async function withDatabase<T>(work: (run: Run) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL || "file:./data/catalogue.db";
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""), { fileMustExist: true });
  try {
    const sqlite = (value: unknown) => (value instanceof Date ? value.getTime() : typeof value === "boolean" ? Number(value) : value);
    return await work(async (sql, params) => {
      const statement = db.prepare(sql.replace(/\$\d+/g, "?"));
      return statement.reader ? (statement.all(...params.map(sqlite)) as Record<string, unknown>[]) : (statement.run(...params.map(sqlite)), []);
    });
  } finally {
    db.close();
  }
}

/**
 * Writes a small estate straight into the browser tests' database (connections have no form on
 * this branch's pages): three systems in three organisations; A sends to B and B to C in
 * public, A to C for government only. Names carry a fresh suffix, so journeys never collide.
 */
export async function seedEstate() {
  return withDatabase(async (run) => {
    const suffix = randomBytes(3).toString("hex");
    const organisations = (await run(`SELECT "id", "name" FROM "Organisation" ORDER BY "slug" LIMIT 3`, [])) as { id: string; name: string }[];
    const now = new Date();
    const system = async (name: string, i: number) => {
      const row = { id: `e2e-${randomBytes(8).toString("hex")}`, slug: `${name.toLowerCase().replace(/\s+/g, "-")}-${suffix}`, name: `${name} ${suffix}` };
      await run(`INSERT INTO "System" ("id", "organisationId", "slug", "name", "status", "updatedAt") VALUES ($1, $2, $3, $4, 'published', $5)`, [row.id, organisations[i]!.id, row.slug, row.name, now]);
      return row;
    };
    const [a, b, c] = [await system("Keeper records", 0), await system("Tax ledger", 1), await system("Benefit claims", 2)];
    const connect = (from: { id: string }, to: { id: string }, description: string, technology: string, visibility: string, confirmation: string) =>
      run(
        `INSERT INTO "Connection" ("id", "fromSystemId", "toSystemId", "description", "technology", "openStandard", "personalData", "frequency", "visibility", "confirmation", "declaredBy", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, 'daily', $8, $9, 'from', $10)`,
        [`e2e-${randomBytes(8).toString("hex")}`, from.id, to.id, description, technology, true, false, visibility, confirmation, now],
      );
    await connect(a, b, "vehicle keepers", "rest-json", "public", "confirmed");
    await connect(b, c, "tax codes", "soap-xml", "public", "unconfirmed");
    await connect(a, c, "secret keeper list", "rest-json", "government", "confirmed");
    return { a, b, c, organisations: organisations.map((o) => o.name) };
  });
}
