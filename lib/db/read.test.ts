import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, readRows } from "./index";
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
