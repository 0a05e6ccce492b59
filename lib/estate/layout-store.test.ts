import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { layoutSettled, positionsFor } from "./layout-store";

let database: TestDatabase;
const systems: { id: string; organisationId: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  for (const slug of ["dvla", "hmrc"]) {
    const o = await db.organisation.create({ data: { slug, name: slug } });
    for (let i = 0; i < 5; i++) systems.push(await db.system.create({ data: { slug: `${slug}-${i}`, name: `${slug} ${i}`, organisationId: o.id }, select: { id: true, organisationId: true } }));
  }
  for (let i = 0; i < 9; i++) {
    await db.connection.create({
      data: { fromSystemId: systems[i]!.id, toSystemId: systems[i + 1]!.id, visibility: "public", description: "d", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from" },
    });
  }
}, 30_000);
afterAll(async () => {
  await layoutSettled();
  await database.drop();
});

describe("the stored layout of the estate", () => {
  it("works out the very first layout while the request waits, and stores it for everyone", async () => {
    const positions = await positionsFor(database.db, systems);
    expect(Object.keys(positions)).toHaveLength(10);
    expect(await database.db.estateLayout.count()).toBe(1);
    expect(await positionsFor(database.db, systems)).toEqual(positions);
    await layoutSettled();
    expect(await database.db.estateLayout.count()).toBe(1);
  }, 30_000);

  it("after a change, serves the last layout at once with new systems beside their organisation, and stores a new one in the background", async () => {
    const { db } = database;
    const before = await positionsFor(db, systems);
    const added = await db.system.create({ data: { slug: "dvla-new", name: "new", organisationId: systems[0]!.organisationId }, select: { id: true, organisationId: true } });
    const all = [...systems, added];
    const served = await positionsFor(db, all);
    expect(served[systems[3]!.id]).toEqual(before[systems[3]!.id]);
    expect(served[added.id]).toBeDefined();
    await layoutSettled();
    expect(await db.estateLayout.count()).toBe(2);
    const next = await positionsFor(db, all);
    expect(Object.keys(next)).toHaveLength(11);
    expect(next).not.toEqual(served);
  }, 30_000);
});
