import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, engineOf, Prisma, readRows } from "./index";
import { createTestDatabase, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const names = (slug: string) => Prisma.sql`SELECT "name" FROM "Organisation" WHERE "slug" = ${slug}`;

describe("readRows", () => {
  it("reads from the driver what Prisma has just written, with the same statement used again for new values", async () => {
    const { db } = database;
    await db.organisation.create({ data: { slug: "dvla", name: "Driver and Vehicle Licensing Agency" } });
    expect(await readRows(db, names("dvla"))).toEqual([{ name: "Driver and Vehicle Licensing Agency" }]);
    await db.organisation.create({ data: { slug: "hmrc", name: "HM Revenue & Customs" } });
    expect(await readRows(db, names("hmrc"))).toEqual([{ name: "HM Revenue & Customs" }]);
    await db.organisation.update({ where: { slug: "dvla" }, data: { name: "DVLA" } });
    expect(await readRows(db, names("dvla"))).toEqual([{ name: "DVLA" }]);
  });

  it("compares dates and flags as Prisma stores them", async () => {
    const { db } = database;
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "hmrc" } });
    await db.api.create({ data: { slug: "vat", name: "VAT", organisationId: org.id, hasSpec: true, dateUpdated: new Date("2026-03-04T00:00:00Z") } });
    const rows = await readRows<{ slug: string }>(db, Prisma.sql`SELECT "slug" FROM "Api" WHERE "hasSpec" = ${true} AND "dateUpdated" >= ${new Date("2026-03-01T00:00:00Z")}`);
    expect(rows).toEqual([{ slug: "vat" }]);
  });

  it("reads through the transaction inside one, so it sees the transaction's own writes", async () => {
    const { db } = database;
    await db.$transaction(async (tx) => {
      await tx.organisation.create({ data: { slug: "ons", name: "Office for National Statistics" } });
      expect(await readRows(tx, names("ons"))).toEqual([{ name: "Office for National Statistics" }]);
    });
  });
});

describe("readRows with getDb's client", () => {
  // The proxy, the pages and the route handlers are bundled apart: each has its own copy of this
  // module, and they share the one client the first of them made.
  it("reads from the driver in a copy of the module other than the one that made the client", async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    vi.resetModules();
    const first = await import("./index");
    const db = first.getDb();
    try {
      vi.resetModules();
      const second = await import("./index");
      expect(second.getDb()).toBe(db);
      const prisma = vi.spyOn(db, "$queryRaw");
      expect(await second.readRows(db, names("dvla"))).toEqual([{ name: "DVLA" }]);
      expect(prisma).not.toHaveBeenCalled();
    } finally {
      process.env.DATABASE_URL = previous;
      delete (globalThis as { __catalogueDb?: unknown }).__catalogueDb;
      await db.$disconnect();
    }
  });
});

// PostgreSQL runs every statement in a process of its own: there, no read is on the calling thread.
describe.skipIf(engineOf(process.env.TEST_DATABASE_URL ?? "file:") !== "sqlite")("readRows off the thread (SQLite)", () => {
  it("answers from a thread of its own, leaving the calling thread free meanwhile, and says what went wrong", async () => {
    const db = createDb(database.url, { readThread: true });
    try {
      // A read on the calling thread is done before the thread can take another message, so it
      // answers first whatever the read off the thread costs.
      const order: string[] = [];
      const offThread = readRows(db, names("dvla"), { offThread: true }).then((rows) => order.push(`off the thread: ${JSON.stringify(rows)}`));
      const onThread = readRows(db, names("hmrc")).then((rows) => order.push(`on the thread: ${JSON.stringify(rows)}`));
      await Promise.all([offThread, onThread]);
      expect(order).toEqual(['on the thread: [{"name":"HM Revenue & Customs"}]', 'off the thread: [{"name":"DVLA"}]']);

      await expect(readRows(db, Prisma.sql`SELECT "nope" FROM "Organisation"`, { offThread: true })).rejects.toThrow(/no such column: "nope"/);
      await db.organisation.update({ where: { slug: "dvla" }, data: { name: "Driver and Vehicle Licensing Agency" } });
      expect(await readRows(db, names("dvla"), { offThread: true })).toEqual([{ name: "Driver and Vehicle Licensing Agency" }]);
    } finally {
      await db.$disconnect();
    }
  });
});
