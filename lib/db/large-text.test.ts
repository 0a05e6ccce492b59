import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineOf, largeTextWrite, Prisma } from "./index";
import { createTestDatabase, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const big = "x".repeat(3_000_000);
const setName = (slug: string, name: string) => Prisma.sql`UPDATE "Organisation" SET "name" = ${name} WHERE "slug" = ${slug}`;
const nameOf = async (slug: string) => (await database.db.organisation.findUniqueOrThrow({ where: { slug } })).name;

describe("largeTextWrite", () => {
  it("writes in the caller's transaction: kept when it commits", async () => {
    const { db } = database;
    await db.$transaction(async (tx) => {
      await tx.organisation.create({ data: { slug: "ons", name: "" } });
      await largeTextWrite(tx, setName("ons", big));
    });
    expect(await nameOf("ons")).toBe(big);
  });

  it("writes in the caller's transaction: gone with it when it fails, as is everything else it wrote", async () => {
    const { db } = database;
    await expect(
      db.$transaction(async (tx) => {
        await tx.organisation.create({ data: { slug: "dvla", name: "" } });
        await largeTextWrite(tx, setName("ons", `${big}!`));
        throw new Error("something after it failed");
      }),
    ).rejects.toThrow("something after it failed");
    expect(await nameOf("ons")).toBe(big);
    expect(await db.organisation.findUnique({ where: { slug: "dvla" } })).toBeNull();
  });

  // Through Prisma a statement outside a transaction commits by itself; on the connection directly, it is refused.
  it.skipIf(engineOf(process.env.TEST_DATABASE_URL ?? "file:") !== "sqlite")("on SQLite, goes to the transaction's connection directly, so outside a transaction it is refused", async () => {
    await expect(largeTextWrite(database.db, setName("ons", "changed"))).rejects.toThrow("largeTextWrite needs a transaction");
    expect(await nameOf("ons")).toBe(big);
  });
});
