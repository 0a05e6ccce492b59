import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { attachSpec } from "@/lib/openapi/attach";
import { SPECS_DIR } from "@/lib/openapi/testing";
import { estateFacts, maturityLens } from "./evidence";
import type { EvidenceItem } from "./levels";
import { assessmentGrid, prepareAssessment, visibleAssessment, type Snapshot } from "./assessments";
import { liveMaturity } from "./live";
import { approveNewAssessment } from "./testing";

const OAUTH_SPEC = fs.readFileSync(path.join(SPECS_DIR, "hmrc-individuals-matching.yaml"));
const API_KEY_SPEC = fs.readFileSync(path.join(SPECS_DIR, "dvla-vehicle-enquiry.yaml"));
const NOW = new Date("2026-12-05T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};

/**
 * HMRC: tax records (documented, with an internal API), PAYE (no description; a government API
 * with no description yet), self assessment (no connection), a retired system and a draft one.
 * DVLA: the vehicle register. Connections: PAYE → tax records (internal, open standard), tax
 * records → vehicle register (government, not an open standard), tax records ↔ PAYE (public).
 */
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  people = await seedPublishing(db);
  const system = async (slug: string, name: string, organisationId: string, data: Record<string, string> = {}) =>
    (ids[slug] = (await db.system.create({ data: { slug, name, organisationId, description: `${name} holds data.`, ownerTeam: "A team", ...data } })).id);
  await system("tax-records", "Tax records", people.hmrc.id);
  await system("paye", "PAYE", people.hmrc.id, { description: "" });
  await system("self-assessment", "Self assessment", people.hmrc.id);
  await system("old", "Old system", people.hmrc.id, { lifecycle: "retired" });
  await system("draft", "Draft system", people.hmrc.id, { status: "draft" });
  await system("vehicle-register", "Vehicle register", people.dvla.id);
  const api = async (slug: string, name: string, systemId: string, visibility: string) =>
    (ids[slug] = (await db.api.create({ data: { slug, name, organisationId: people.hmrc.id, systemId, visibility, status: "published" } })).id);
  await api("records-api", "Records API", ids["tax-records"]!, "internal");
  await api("paye-api", "PAYE API", ids.paye!, "government");
  const connection = (from: string, to: string, visibility: string, openStandard: boolean, direction = "one-way") =>
    db.connection.create({ data: { fromSystemId: ids[from]!, toSystemId: ids[to]!, description: "data", technology: "rest-json", openStandard, personalData: false, frequency: "daily", declaredBy: "from", visibility, direction } });
  await connection("paye", "tax-records", "internal", true);
  await connection("tax-records", "vehicle-register", "government", false);
  await connection("tax-records", "paye", "public", true, "both");
});
afterAll(() => database.drop());

const hmrc = () => ({ organisationId: people.hmrc.id });
const summary = (list: EvidenceItem[]) => list.map((i) => `${i.name}: ${i.state}`);

describe("automatic evidence", () => {
  it("judges every published, current system of the organisation, naming what each lacks", async () => {
    const facts = await estateFacts(database.db, maturityLens(people.hmrcPublisher, people.hmrc.id).viewer, hmrc(), NOW);
    expect(summary(facts["system-documented"])).toEqual(["PAYE: no", "Self assessment: no", "Tax records: yes"]);
    expect(facts["system-documented"].map((i) => i.note ?? "")).toEqual(["Missing a description.", "Missing a documented connection.", ""]);
    expect(summary(facts["system-has-api"])).toEqual(["PAYE: yes", "Self assessment: no", "Tax records: yes"]);
    expect(summary(facts["connection-open-standard"]).sort()).toEqual(["PAYE → Tax records: yes", "Tax records → Vehicle register: no", "Tax records ↔ PAYE: yes"]);
    expect(facts["system-consumed"].find((i) => i.name === "Tax records")).toMatchObject({ state: "yes", note: "Data flows to PAYE, Vehicle register." });
  });

  it("counts a system as producing reference data when it is the authoritative source of a core data set others keep in step through a connection", async () => {
    const { db } = database;
    const facts = () => estateFacts(db, maturityLens(people.hmrcPublisher, people.hmrc.id).viewer, hmrc(), NOW);
    const dataSet = await db.dataSet.create({ data: { slug: "tax-codes", name: "Tax codes", description: "Codes", organisationId: people.hmrc.id, standard: "RFC 4180", format: "CSV" } });
    await db.dataSetHolding.create({ data: { dataSetId: dataSet.id, systemId: ids["tax-records"]!, kind: "source", sourceOf: dataSet.id } });
    // A replica, or a copy whose connection the viewer cannot see, is no evidence.
    await db.dataSetHolding.create({ data: { dataSetId: dataSet.id, systemId: ids["self-assessment"]!, kind: "replica" } });
    expect(summary((await facts())["system-reference-source"])).toEqual(["PAYE: no", "Self assessment: no", "Tax records: no"]);
    const link = await db.connection.findFirstOrThrow({ where: { fromSystemId: ids["tax-records"], toSystemId: ids["vehicle-register"] } });
    await db.dataSetHolding.create({ data: { dataSetId: dataSet.id, systemId: ids["vehicle-register"]!, kind: "in-step", connectionId: link.id } });
    expect((await facts())["system-reference-source"].find((i) => i.name === "Tax records")).toMatchObject({ state: "yes", note: "Source of Tax codes, kept in step by Vehicle register." });
    expect((await estateFacts(db, ANONYMOUS, hmrc(), NOW))["system-reference-source"].find((i) => i.name === "Tax records")?.state).toBe("no");
    await db.dataSetHolding.deleteMany({});
    await db.dataSet.deleteMany({});
  });

  it("counts the organisation's internal records for those who may see them, and only what others may see for anyone else", async () => {
    expect([people.hmrcPublisher, people.assessor, people.admin, people.dvlaPublisher, ANONYMOUS].map((v) => maturityLens(v, people.hmrc.id).whole)).toEqual([true, true, true, false, false]);
    const whole = await estateFacts(database.db, maturityLens(people.hmrcPublisher, people.hmrc.id).viewer, hmrc(), NOW);
    const outside = await estateFacts(database.db, maturityLens(people.dvlaPublisher, people.hmrc.id).viewer, hmrc(), NOW);
    const anonymous = await estateFacts(database.db, ANONYMOUS, hmrc(), NOW);
    expect([whole, outside, anonymous].map((f) => f["api-oauth-internal"].length)).toEqual([1, 0, 0]);
    expect([whole, outside, anonymous].map((f) => f["connection-open-standard"].length)).toEqual([3, 2, 1]);
  });

  it("follows the estate: an API whose description uses OAuth changes the OAuth evidence", async () => {
    const lens = maturityLens(people.hmrcPublisher, people.hmrc.id).viewer;
    const before = await estateFacts(database.db, lens, hmrc(), NOW);
    expect(summary(before["api-oauth-government"])).toEqual(["PAYE API: no"]);
    expect(before["api-oauth-government"][0]!.note).toBe("No OpenAPI description shows how it is secured.");

    const registered = await database.db.api.create({ data: { slug: "matching", name: "Individuals matching", organisationId: people.hmrc.id, systemId: ids["self-assessment"], visibility: "public", status: "published" } });
    expect(await attachSpec(database.db, people.hmrcPublisher, registered.id, { bytes: OAUTH_SPEC, arrivedVia: "upload" })).toMatchObject({ ok: true });
    const keyed = await database.db.api.create({ data: { slug: "keyed", name: "Keyed API", organisationId: people.hmrc.id, visibility: "public", status: "published" } });
    expect(await attachSpec(database.db, people.hmrcPublisher, keyed.id, { bytes: API_KEY_SPEC, arrivedVia: "upload" })).toMatchObject({ ok: true });

    const after = await estateFacts(database.db, lens, hmrc(), NOW);
    expect(summary(after["api-oauth-public"])).toEqual(["Individuals matching: yes", "Keyed API: no"]);
    expect(after["api-oauth-public"][1]!.note).toMatch(/x-api-key|API key/);
    expect(summary(after["api-oauth-any"]).filter((s) => s.endsWith("yes"))).toEqual(["Individuals matching: yes"]);
    const grid = (await liveMaturity(database.db, people.hmrcPublisher, hmrc(), NOW)).grid;
    const oauth = grid.dimensions.find((d) => d.key === "oauth")!;
    expect(oauth.levels[0]!.criteria[0]).toMatchObject({ outcome: "pass", summary: "1 of 4 APIs uses OAuth 2.0 or OpenID Connect." });
  });

  it("calls a description self-updating when fetched from its web address within 7 days", async () => {
    const { db } = database;
    const fetched = (days: number, status = "ok") => ({ url: "https://example.gov.uk/openapi.yaml", status, lastFetchedAt: new Date(NOW.getTime() - days * DAY) });
    await db.specSource.create({ data: { apiId: (await db.api.findUniqueOrThrow({ where: { slug: "matching" } })).id, ...fetched(7) } });
    await db.specSource.create({ data: { apiId: (await db.api.findUniqueOrThrow({ where: { slug: "keyed" } })).id, ...fetched(7.01) } });
    const facts = await estateFacts(db, maturityLens(people.admin, people.hmrc.id).viewer, hmrc(), NOW);
    expect(summary(facts["spec-self-updating"])).toEqual(["Individuals matching: yes", "Keyed API: no", "PAYE API: no", "Records API: no"]);
    expect(facts["spec-self-updating"].map((i) => i.note)).toEqual([
      "Fetched from https://example.gov.uk/openapi.yaml on 2026-11-28.",
      "Not fetched from https://example.gov.uk/openapi.yaml in the last 7 days.",
      "No OpenAPI description in the catalogue.",
      "No OpenAPI description in the catalogue.",
    ]);
  });
});

describe("a system's grid", () => {
  it("changes when its API gets an OAuth-protected description, and its next steps name what is missing", async () => {
    const target = { organisationId: people.hmrc.id, systemId: ids.paye! };
    const oauthOf = async () => {
      const live = await liveMaturity(database.db, people.hmrcPublisher, target, NOW);
      return { level: live.grid.dimensions.find((d) => d.key === "oauth")!.reached, steps: live.steps.find((s) => s.dimension === "oauth")!, api: live.grid.dimensions.find((d) => d.key === "api")!, all: live.steps };
    };
    const before = await oauthOf();
    expect(before.level).toBe(0);
    expect(before.steps.steps.map((s) => s.action)).toEqual(["1 of 1 API is not shown to use OAuth 2.0 or OpenID Connect: PAYE API."]);
    expect(before.all.find((s) => s.dimension === "documentation")!.steps.map((s) => s.action)).toEqual(["1 of 1 system has no description: PAYE."]);

    expect(await attachSpec(database.db, people.hmrcPublisher, ids["paye-api"]!, { bytes: OAUTH_SPEC, arrivedVia: "upload" })).toMatchObject({ ok: true });
    const after = await oauthOf();
    expect(after.level).toBe(2);
    expect(after.steps).toMatchObject({ next: 3, steps: [{ action: "There are no public APIs yet." }] });
    expect(after.api.levels[2]!.criteria[0]).toMatchObject({ outcome: "pass", summary: "1 of 1 API has an OpenAPI description published in the catalogue." });
  });
});

describe("the next draft assessment", () => {
  it("takes its automatic evidence from the estate as it is: registering an API whose description uses OAuth changes its OAuth evidence, not the published one's", async () => {
    const { db } = database;
    const dvla = { publisher: people.dvlaPublisher, assessor: people.assessor };
    const oauthAny = (snapshot: Snapshot) => snapshot.grid.dimensions.find((d) => d.key === "oauth")!.levels[0]!.criteria.find((c) => c.id === "organisation.oauth.1.api-oauth-any.at-least")!;
    const published = JSON.parse((await approveNewAssessment(db, dvla, people.dvla.id, NOW)).snapshot!) as Snapshot;
    expect(published.facts["api-oauth-any"]).toEqual([]);
    expect(oauthAny(published)).toMatchObject({ outcome: "fail", summary: "There are no APIs to count." });

    const registered = await db.api.create({ data: { slug: "driver-matching", name: "Driver matching", organisationId: people.dvla.id, systemId: ids["vehicle-register"], visibility: "public", status: "published" } });
    expect(await attachSpec(db, people.dvlaPublisher, registered.id, { bytes: OAUTH_SPEC, arrivedVia: "upload" })).toMatchObject({ ok: true });

    const next = await prepareAssessment(db, people.dvlaPublisher, people.dvla.id);
    if (!next.ok) throw new Error("could not prepare the next assessment");
    const draft = await assessmentGrid(db, people.dvlaPublisher, await visibleAssessment(db, people.dvlaPublisher, next.assessment.id), NOW);
    expect(summary(draft.facts["api-oauth-any"])).toEqual(["Driver matching: yes"]);
    expect(summary(draft.facts["api-oauth-public"])).toEqual(["Driver matching: yes"]);
    expect(oauthAny(draft)).toMatchObject({ outcome: "pass", summary: "1 of 1 API uses OAuth 2.0 or OpenID Connect." });
    // The published snapshot keeps the facts of its day.
    const kept = await db.assessment.findFirstOrThrow({ where: { organisationId: people.dvla.id, status: "approved" } });
    expect((JSON.parse(kept.snapshot!) as Snapshot).facts["api-oauth-any"]).toEqual([]);
  });
});
