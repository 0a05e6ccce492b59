import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { visibleConnectionWhere } from "./visibility";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  const other = await db.organisation.create({ data: { slug: "other", name: "Other organisation" } });
  const system = (slug: string, organisationId: string, status = "published") => db.system.create({ data: { slug, name: slug, organisationId, status } });
  const [dvlaRegister, hmrcTax, otherSystem, dvlaDraft] = await Promise.all([
    system("vehicle-register", people.dvla.id),
    system("tax-records", people.hmrc.id),
    system("other-system", other.id),
    system("dvla-draft", people.dvla.id, "draft"),
  ]);
  const connection = async (name: string, fromSystemId: string, toSystemId: string, visibility: string) => {
    const c = await db.connection.create({
      data: { fromSystemId, toSystemId, visibility, description: name, technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from" },
    });
    ids[name] = c.id;
  };
  await connection("public", dvlaRegister.id, hmrcTax.id, "public");
  await connection("government", dvlaRegister.id, hmrcTax.id, "government");
  await connection("internal to DVLA and HMRC", dvlaRegister.id, hmrcTax.id, "internal");
  await connection("internal to others", otherSystem.id, hmrcTax.id, "internal");
  await connection("public, from a draft system", dvlaDraft.id, hmrcTax.id, "public");
});
afterAll(() => database.drop());

const seenBy = async (viewer: Parameters<typeof visibleConnectionWhere>[0]) =>
  (await database.db.connection.findMany({ where: visibleConnectionWhere(viewer), select: { description: true }, orderBy: { description: "asc" } })).map((c) => c.description);

describe("who sees which connection", () => {
  it("shows anonymous visitors public connections between published systems only", async () => {
    expect(await seenBy(ANONYMOUS)).toEqual(["public"]);
  });

  it("shows anyone signed in government connections too", async () => {
    expect(await seenBy(people.newcomer)).toEqual(["government", "public"]);
  });

  it("shows internal connections to the people of either end, and a draft end's to its own publishers", async () => {
    expect(await seenBy(people.dvlaPublisher)).toEqual(["government", "internal to DVLA and HMRC", "public", "public, from a draft system"]);
    expect(await seenBy(people.hmrcPublisher)).toEqual(["government", "internal to DVLA and HMRC", "internal to others", "public"]);
  });

  it("shows assessors every internal connection but no draft system's, and admins everything", async () => {
    expect(await seenBy(people.assessor)).toEqual(["government", "internal to DVLA and HMRC", "internal to others", "public"]);
    expect(await seenBy(people.admin)).toHaveLength(5);
  });

  it("counts exactly what it shows", async () => {
    expect(await database.db.connection.count({ where: visibleConnectionWhere(ANONYMOUS) })).toBe(1);
  });
});
