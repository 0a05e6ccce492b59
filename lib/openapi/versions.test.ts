import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { historyOf } from "@/lib/audit/queries";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { attachSpec } from "./attach";
import { apiRevision, apiRevisions, breakingFirst, compareApiRevisions, REVISIONS_PAGE_SIZE } from "./versions";

const SPEC = fs.readFileSync(path.resolve(__dirname, "../../../shared/data/specs/dvla-vehicle-enquiry.yaml"), "utf8");
// The same API with a header that becomes required and a new optional query parameter.
const CHANGED = SPEC.replace("name: X-Correlation-Id\n          required: false", "name: X-Correlation-Id\n          required: true").replace(
  "      parameters:\n",
  "      parameters:\n        - in: query\n          name: fields\n          required: false\n          schema:\n            type: string\n",
);

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
let apiId: string;
let otherApiId: string;
let first: string;
let second: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  await db.user.create({ data: { id: "dvla-publisher", issuer: "test", subject: "dvla-publisher", name: "Dee Publisher", email: "dee@example.gov.uk" } });
  apiId = (await db.api.create({ data: { slug: "vehicle-enquiry", name: "Vehicle Enquiry", organisationId: people.dvla.id } })).id;
  otherApiId = (await db.api.create({ data: { slug: "draft-api", name: "Draft", status: "draft", organisationId: people.dvla.id } })).id;
  const upload = async (text: string, origin: string) => {
    const result = await attachSpec(db, people.dvlaPublisher, apiId, { bytes: Buffer.from(text), arrivedVia: "upload", origin });
    if (!result.ok) throw new Error(result.error);
    return result.revisionId;
  };
  first = await upload(SPEC, "v1.yaml");
  second = await upload(CHANGED, "v2.yaml");
  await attachSpec(db, people.dvlaPublisher, otherApiId, { bytes: Buffer.from(SPEC), arrivedVia: "paste" });
});
afterAll(() => database.drop());

describe("a publisher's uploads are compared", () => {
  it("leaves the first upload uncompared and compares the next with it", async () => {
    const rows = await database.db.specRevision.findMany({ where: { apiId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.previousId, r.breakingChanges])).toEqual([
      [first, null, null],
      [second, first, 1],
    ]);
    expect(JSON.parse(rows[1]!.changes!).map((c: { kind: string }) => c.kind).sort()).toEqual(["parameter-became-required", "parameter-optional-added"]);
  });
});

describe("the list of revisions", () => {
  it("lists them newest first with who, how, version, score and breaking changes", async () => {
    const found = await apiRevisions(database.db, ANONYMOUS, "vehicle-enquiry");
    expect(found?.revisions.map((r) => ({ id: r.id, number: r.number, actor: r.actor, arrival: r.arrival, origin: r.origin, specVersion: r.specVersion, breakingChanges: r.breakingChanges }))).toEqual([
      { id: second, number: 2, actor: "Dee Publisher", arrival: "Uploaded", origin: "v2.yaml", specVersion: "OpenAPI 3.0.0", breakingChanges: 1 },
      { id: first, number: 1, actor: "Dee Publisher", arrival: "Uploaded", origin: "v1.yaml", specVersion: "OpenAPI 3.0.0", breakingChanges: null },
    ]);
    expect(found?.revisions[0]!.score).toEqual(expect.any(Number));
    expect(found?.options.map((o) => o.id)).toEqual([second, first]);
    expect(found?.options[0]!.label).toMatch(/^Version 2, \d{4}-\d\d-\d\d \d\d:\d\d UTC \(OpenAPI 3\.0\.0\)$/);
  });

  it("pages many revisions, newest first, and treats a bad page number as the first page", async () => {
    const { db } = database;
    const api = await db.api.create({ data: { slug: "many", name: "Many", organisationId: people.dvla.id } });
    await db.$transaction(async (tx) => {
      for (let i = 0; i < REVISIONS_PAGE_SIZE + 2; i++) {
        await addSpecRevision(tx, { apiId: api.id, source: String(i), contentHash: String(i), arrivedVia: "seed", createdBy: "system:import" });
      }
    });
    const page2 = await apiRevisions(db, ANONYMOUS, "many", "2");
    expect(page2).toMatchObject({ total: REVISIONS_PAGE_SIZE + 2, page: 2, pageCount: 2 });
    expect(page2?.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect(page2?.revisions[0]).toMatchObject({ actor: "Import from api.gov.uk", arrival: "Loaded when the catalogue was set up", status: "pending" });
    expect((await apiRevisions(db, ANONYMOUS, "many", "nonsense"))?.page).toBe(1);
    expect((await apiRevisions(db, ANONYMOUS, "many", "99"))?.page).toBe(2);
  });

  it("is not there for a viewer who cannot see the API", async () => {
    expect(await apiRevisions(database.db, ANONYMOUS, "draft-api")).toBeNull();
    expect(await apiRevisions(database.db, people.hmrcPublisher, "draft-api")).toBeNull();
    expect(await apiRevisions(database.db, people.dvlaPublisher, "draft-api")).not.toBeNull();
  });
});

describe("one revision", () => {
  it("shows its check and what changed since the one before, breaking changes first", async () => {
    const found = await apiRevision(database.db, ANONYMOUS, "vehicle-enquiry", second);
    expect(found?.revision).toMatchObject({ number: 2, actor: "Dee Publisher", previous: { id: first, number: 1 } });
    expect(found?.revision.check).toMatchObject({ id: second, status: "checked", breakingChanges: 1 });
    expect(found?.revision.changes.map((c) => c.breaking)).toEqual([true, false]);
  });

  it("has nothing to compare for the first", async () => {
    const found = await apiRevision(database.db, ANONYMOUS, "vehicle-enquiry", first);
    expect(found?.revision).toMatchObject({ number: 1, previous: null, changes: [] });
  });

  it("is not found through another API, or when the API is hidden", async () => {
    const other = await database.db.specRevision.findFirstOrThrow({ where: { apiId: otherApiId } });
    expect(await apiRevision(database.db, people.dvlaPublisher, "vehicle-enquiry", other.id)).toBeNull();
    expect(await apiRevision(database.db, ANONYMOUS, "draft-api", other.id)).toBeNull();
    expect(await apiRevision(database.db, ANONYMOUS, "vehicle-enquiry", "no-such-id")).toBeNull();
  });
});

describe("comparing two revisions", () => {
  const compare = (from: unknown, to: unknown, slug = "vehicle-enquiry", viewer = ANONYMOUS) => compareApiRevisions(database.db, viewer, slug, { from, to });

  it("diffs any two, either way round, breaking changes first", async () => {
    const forwards = (await compare(first, second))?.outcome;
    expect(forwards?.ok && forwards.changes.map((c) => [c.kind, c.breaking])).toEqual([
      ["parameter-became-required", true],
      ["parameter-optional-added", false],
    ]);
    expect(forwards?.ok && [forwards.from.id, forwards.to.id]).toEqual([first, second]);
    const backwards = (await compare(second, first))?.outcome;
    expect(backwards?.ok && backwards.changes.map((c) => c.kind)).toEqual(["parameter-removed"]);
  });

  it.each([
    ["nothing chosen", undefined, undefined, { from: "Choose the earlier version", to: "Choose the later version" }],
    ["the same version twice", "FIRST", "FIRST", { to: "Choose two different versions to compare" }],
    ["a made-up id", "FIRST", "no-such-id", { to: expect.stringMatching(/not a checked version of this API/) }],
    ["an id with odd characters", "FIRST", "<script>", { to: "Choose the later version from the list" }],
    ["a revision of another API", "OTHER", "FIRST", { from: expect.stringMatching(/not a checked version of this API/) }],
  ])("says what is wrong with %s", async (_, from, to, errors) => {
    const other = (await database.db.specRevision.findFirstOrThrow({ where: { apiId: otherApiId } })).id;
    const id = (v: string | undefined) => (v === "FIRST" ? first : v === "OTHER" ? other : v);
    const outcome = (await compare(id(from), id(to), "vehicle-enquiry", people.dvlaPublisher))?.outcome;
    expect(outcome).toMatchObject({ ok: false, errors });
    expect(outcome?.ok ? null : Object.keys(outcome!.errors).sort()).toEqual(Object.keys(errors).sort());
  });

  it("takes the first of repeated parameters", async () => {
    expect((await compare([first, second], [second]))?.outcome.ok).toBe(true);
  });

  it("is not there for a viewer who cannot see the API", async () => {
    const other = (await database.db.specRevision.findFirstOrThrow({ where: { apiId: otherApiId } })).id;
    expect(await compare(other, other, "draft-api")).toBeNull();
  });
});

describe("the API's change history", () => {
  it("links each description that arrived to its revision, with its breaking changes", async () => {
    const history = await historyOf(database.db, ANONYMOUS, "Api", apiId);
    const arrivals = history?.entries.filter((e) => e.entityType === "SpecRevision").map((e) => e.revision);
    expect(arrivals).toEqual([
      { id: second, breakingChanges: 1 },
      { id: first, breakingChanges: null },
    ]);
  });
});

describe("breakingFirst", () => {
  it("keeps each group in order", () => {
    const c = (message: string, breaking: boolean) => ({ kind: "path-added" as const, breaking, path: "/", pointer: "", message });
    expect(breakingFirst([c("a", false), c("b", true), c("c", false), c("d", true)]).map((x) => x.message)).toEqual(["b", "d", "a", "c"]);
  });
});
