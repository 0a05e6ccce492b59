import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { liveMaturity } from "./live";
import { ADJUSTABLE, percentField, setThresholds, thresholdPercents } from "./thresholds";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const NOW = new Date("2026-12-05T12:00:00Z");
const MAJORITY_WITH_API = "organisation.api.2.system-has-api.more-than-share";

/** HMRC: three systems, two of them with an API (two thirds, 66.7%). */
beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
  for (const [slug, withApi] of [["a", true], ["b", true], ["c", false]] as const) {
    const system = await database.db.system.create({ data: { slug, name: `System ${slug}`, organisationId: people.hmrc.id, description: "Holds data." } });
    if (withApi) await database.db.api.create({ data: { slug: `api-${slug}`, name: `API ${slug}`, organisationId: people.hmrc.id, systemId: system.id, visibility: "public", status: "published" } });
  }
});
afterAll(() => database.drop());

const form = (over: Record<string, string> = {}) => ({ ...Object.fromEntries(ADJUSTABLE.map((c) => [percentField(c.id), "50"])), ...over });
const criterion = async () => {
  const { grid } = await liveMaturity(database.db, people.hmrcPublisher, { organisationId: people.hmrc.id }, NOW);
  return grid.dimensions.find((d) => d.key === "api")!.levels[1]!.criteria.find((c) => c.id === MAJORITY_WITH_API)!;
};

describe("the criteria's thresholds", () => {
  it("are the model's defaults until an admin changes them", async () => {
    expect(ADJUSTABLE.map((c) => c.id)).toEqual([MAJORITY_WITH_API, "organisation.data.2.system-connected.more-than-share", "system.api.2.connection-through-api.more-than-share"]);
    expect(Object.values(await thresholdPercents(database.db))).toEqual([50, 50, 50]);
    expect(await criterion()).toMatchObject({ outcome: "pass", text: "More than half of the systems have an API in the catalogue", thresholdWords: "more than half (over 50%)" });
  });

  it("refuse anything but a whole percentage from 0 to 99, with a message per field, and change nothing", async () => {
    const [first, second, third] = ADJUSTABLE.map((c) => percentField(c.id)) as [string, string, string];
    const result = await setThresholds(database.db, people.admin, form({ [first]: "100", [second]: " ", [third]: "12.5" }));
    expect(result).toEqual({
      ok: false,
      errors: {
        [first]: "The percentage for “More than half of the systems have an API in the catalogue” must be a whole number from 0 to 99",
        [second]: "Enter the percentage for “More than half of the systems exchange data through a documented connection”",
        [third]: "The percentage for “More than half of the connections bringing data to the system go through a catalogued API” must be a whole number from 0 to 99",
      },
    });
    expect(await setThresholds(database.db, people.admin, form({ [first]: "-1" }))).toMatchObject({ ok: false, errors: { [first]: expect.stringMatching(/whole number from 0 to 99$/) } });
    await expect(setThresholds(database.db, people.assessor, form({ [first]: "60" }))).rejects.toThrow("permission");
    await expect(setThresholds(database.db, people.hmrcPublisher, form({ [first]: "60" }))).rejects.toThrow("permission");
    expect(await database.db.threshold.count()).toBe(0);
    expect(await database.db.auditEvent.count({ where: { entityType: "Threshold" } })).toBe(0);
  });

  it("once changed, judge every grid at their edges, say so in the criterion's words, and are audited", async () => {
    const { db } = database;
    const field = percentField(MAJORITY_WITH_API);
    expect(await setThresholds(db, people.admin, form({ [field]: "67%" }))).toEqual({ ok: true, changed: [MAJORITY_WITH_API] });
    expect(await criterion()).toMatchObject({ outcome: "fail", text: "More than 67% of the systems have an API in the catalogue", thresholdWords: "more than 67%", shortfall: "1 of 3 systems has no API in the catalogue: System c." });

    expect(await setThresholds(db, people.admin, form({ [field]: "66" }))).toEqual({ ok: true, changed: [MAJORITY_WITH_API] });
    expect(await criterion()).toMatchObject({ outcome: "pass", text: "More than 66% of the systems have an API in the catalogue" });

    expect(await setThresholds(db, people.admin, form({ [field]: "66" }))).toEqual({ ok: true, changed: [] });
    const audit = await db.auditEvent.findMany({ where: { entityType: "Threshold" } });
    expect(audit.map((e) => `${e.action} ${e.entityId} by ${e.actor}`).sort()).toEqual([`create ${MAJORITY_WITH_API} by admin`, `update ${MAJORITY_WITH_API} by admin`]);
    expect(await thresholdPercents(db)).toMatchObject({ [MAJORITY_WITH_API]: 66 });
  });
});
