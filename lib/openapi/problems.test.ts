import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/catalogue/visibility";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { lintWithGds, oas3 } from "@/lib/standards/testing";
import { findProblems, problemsBody, problemsHref, problemsInput } from "./problems";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};
// 60 linter problems, more than the page lists, one of them a formula to a spreadsheet.
const LINT = Array.from({ length: 60 }, (_, i) => ({ ruleId: "operation-summary", severity: i ? "warn" : "error", message: i ? `Problem ${i + 1}.` : "=HYPERLINK(\"x\")", line: i + 1, column: 3, pointer: "#/" }));

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  const dates = Object.fromEntries(["start", "end"].map((w) => [`${w}_date`, { type: "string" }]));
  const standards = JSON.stringify((await lintWithGds(oas3({}, { parameters: [] }, dates))).result);
  const api = (slug: string, visibility: string) => db.api.create({ data: { slug, name: slug, organisationId: people.dvla.id, status: "published", visibility } });
  const open = await api("things", "public");
  const internal = await api("internal-things", "internal");
  for (const [name, apiId] of [["open", open.id], ["internal", internal.id]] as const) {
    const audience = { audience: name === "internal" ? "internal" : "public", audienceOrganisationId: people.dvla.id };
    const revision = await db.specRevision.create({ data: { apiId, source: "{}", contentHash: name, arrivedVia: "upload", status: "checked", bundled: "{}", standards, problems: JSON.stringify(LINT), ...audience } });
    ids[name] = revision.id;
  }
});
afterAll(() => database.drop());

describe("every problem of a check, to download", () => {
  it("has the standards' findings and every linter problem, with lines", async () => {
    const found = await findProblems(database.db, ANONYMOUS, "things");
    expect(found?.id).toBe(ids.open);
    const standards = found!.rows.filter((r) => r.source === "GDS API standards");
    expect(standards.map((r) => r.message)).toEqual([expect.stringMatching(/"start_date"/), expect.stringMatching(/"end_date"/)]);
    expect(standards[0]).toMatchObject({ rule: "Dates and times use ISO 8601", point: "12", severity: "requirement", line: expect.any(Number) });
    expect(found!.rows.filter((r) => r.source === "OpenAPI linter")).toHaveLength(60);
  });

  it("leaves out points 21 and 22 for an API that does not serve a dataset, as the page does", async () => {
    const rules = async () => new Set((await findProblems(database.db, ANONYMOUS, "things"))!.rows.map((r) => r.rule));
    expect(await rules()).not.toContain("Incremental changes can be downloaded");
    await database.db.api.update({ where: { slug: "things" }, data: { servesDataset: true } });
    expect(await rules()).toContain("Incremental changes can be downloaded");
    await database.db.api.update({ where: { slug: "things" }, data: { servesDataset: false } });
  });

  it("writes CSV a spreadsheet opens safely, and JSON", async () => {
    const found = (await findProblems(database.db, ANONYMOUS, "things", ids.open))!;
    const csv = problemsBody(found, "problems.csv");
    expect(csv).toMatchObject({ contentType: "text/csv; charset=utf-8", fileName: "things-problems.csv" });
    const records = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(62);
    expect(records.find((r) => r.rule === "operation-summary")).toMatchObject({ severity: "error", line: "1", message: "'=HYPERLINK(\"x\")" });
    const json = problemsBody(found, "problems.json");
    expect(JSON.parse(json.body)).toHaveLength(62);
  });

  it("is not found for an API the viewer may not see, or another API's revision", async () => {
    expect(await findProblems(database.db, ANONYMOUS, "internal-things")).toBeNull();
    expect(await findProblems(database.db, people.dvlaPublisher, "internal-things")).not.toBeNull();
    expect(await findProblems(database.db, ANONYMOUS, "things", ids.internal)).toBeNull();
  });

  it("is not found for an earlier version the viewer could not see when it was stored", async () => {
    const { db } = database;
    const api = await db.api.findUniqueOrThrow({ where: { slug: "things" } });
    const hidden = await db.specRevision.create({
      data: { apiId: api.id, source: "{}", contentHash: "hidden", arrivedVia: "upload", status: "checked", bundled: "{}", problems: "[]", audience: "internal", audienceOrganisationId: people.dvla.id, createdAt: new Date(Date.now() - 60_000) },
    });
    expect(await findProblems(db, ANONYMOUS, "things", hidden.id)).toBeNull();
    expect(await findProblems(db, people.dvlaPublisher, "things", hidden.id)).not.toBeNull();
    await db.specRevision.delete({ where: { id: hidden.id } });
  });

  it("takes only the two files and a revision id", () => {
    expect(problemsInput.safeParse({ file: "problems.xml" }).success).toBe(false);
    expect(problemsInput.safeParse({ file: "problems.csv", revision: "../x" }).success).toBe(false);
    expect(problemsHref("things", "problems.json", "r1")).toBe("/apis/things/check/problems.json?revision=r1");
  });
});
