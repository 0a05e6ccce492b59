import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/auth/policy";
import { seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { dataSetsWithHolders, replicationSummary } from "./report";
import { createDataSet, declareHolding, releaseHolding, SOURCE_STAYS } from "./service";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const s: Record<string, string> = {};
const c: Record<string, string> = {};
let dataSetId = "";

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  for (const [key, organisationId, status] of [
    ["register", people.dvla.id, "published"],
    ["tax", people.dvla.id, "published"],
    ["police", people.hmrc.id, "published"],
    ["customs", people.hmrc.id, "published"],
    ["draft", people.dvla.id, "draft"],
  ] as const) {
    s[key] = (await db.system.create({ data: { ...systemInput(organisationId, { name: key }), slug: key, status } })).id;
  }
  const connect = async (from: string, to: string, visibility = "government") =>
    (c[`${from}-${to}`] = (await db.connection.create({ data: { fromSystemId: s[from]!, toSystemId: s[to]!, visibility, description: `${from} to ${to}`, technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from" } })).id);
  await connect("register", "police");
  await connect("police", "customs");
  await connect("tax", "register", "internal");
});
afterAll(() => test.drop());

const input = (overrides: Record<string, string> = {}) => ({
  organisationId: people.dvla.id,
  name: "Vehicle register",
  description: "Every registered vehicle and its keeper.",
  sourceSystemId: s.register!,
  standard: "RFC 4180",
  format: "CSV",
  licence: "ogl-uk-3.0",
  downloadUrl: "https://data.example.gov.uk/vehicles.csv",
  metadataUrl: "https://data.example.gov.uk/vehicles.csv-metadata.json",
  ...overrides,
});
const hold = (viewer: typeof people.dvlaPublisher, systemKey: string, kind: string, connectionId = "") => declareHolding(test.db, viewer, { systemId: s[systemKey], dataSetId, kind, connectionId });
const events = () => test.db.auditEvent.count();

describe("core data sets and who holds them", () => {
  it("adds a data set with its authoritative source, audited, and refuses bad input field by field", async () => {
    const refused = await createDataSet(test.db, people.dvlaPublisher, input({ licence: "Open Government Licence", downloadUrl: "http://data.example.gov.uk/x.csv", sourceSystemId: s.police! }));
    expect(refused).toEqual({
      ok: false,
      errors: {
        licence: "Enter the licence as an SPDX identifier from spdx.org/licenses, like MIT or OGL-UK-3.0",
        downloadUrl: "Enter a web address that starts with https://, not http://",
      },
    });
    expect(await createDataSet(test.db, people.dvlaPublisher, input({ sourceSystemId: s.police! }))).toEqual({ ok: false, errors: { sourceSystemId: "Select one of Driver and Vehicle Licensing Agency’s published systems as the authoritative source" } });
    await expect(createDataSet(test.db, people.hmrcPublisher, input())).rejects.toThrow(ForbiddenError);
    const before = await events();
    const created = await createDataSet(test.db, people.dvlaPublisher, input());
    if (!created.ok) throw new Error(JSON.stringify(created));
    dataSetId = created.dataSet.id;
    expect(created.dataSet).toMatchObject({ slug: "vehicle-register", licence: "OGL-UK-3.0" });
    expect(await events()).toBe(before + 2);
  });

  it("keeps a copy in step only through a connection that reaches the source", async () => {
    const before = await events();
    expect(await hold(people.hmrcPublisher, "customs", "in-step", c["police-customs"])).toEqual({
      ok: false,
      errors: { connectionId: "Select a connection between this system and register, the authoritative source: the one selected does not reach it" },
    });
    expect(await hold(people.hmrcPublisher, "police", "in-step")).toEqual({ ok: false, errors: { connectionId: "Select the connection that keeps the copy in step with the source" } });
    // Nothing of a refusal is saved.
    expect(await events()).toBe(before);
    expect((await hold(people.hmrcPublisher, "police", "in-step", c["register-police"])).ok).toBe(true);
  });

  it("refuses a second authoritative source, and a system holding a data set two ways", async () => {
    expect(await hold(people.dvlaPublisher, "tax", "source")).toEqual({ ok: false, errors: { kind: "register is already the authoritative source of Vehicle register. A data set has one authoritative source" } });
    expect(await hold(people.dvlaPublisher, "register", "replica")).toEqual({ ok: false, errors: { kind: "This system already holds Vehicle register as its authoritative source. A system holds a data set one way only" } });
  });

  it("lets only the system's own publishers declare, and only for a published system", async () => {
    await expect(hold(people.hmrcPublisher, "tax", "replica")).rejects.toThrow(ForbiddenError);
    await expect(hold(people.dvlaPublisher, "draft", "replica")).rejects.toThrow("No such system");
  });

  it("reports every holder and how, with replicas flagged per organisation and overall", async () => {
    expect((await hold(people.hmrcPublisher, "customs", "replica")).ok).toBe(true);
    const dataSets = await dataSetsWithHolders(test.db, ANONYMOUS);
    expect(dataSets[0]!.holdings.map((h) => [h.system.name, h.kind])).toEqual([
      ["register", "source"],
      ["police", "in-step"],
      ["customs", "replica"],
    ]);
    // The in-step copy's connection is government-only: named to those signed in, not to the public.
    expect(dataSets[0]!.holdings[1]!.connectionId).toBeNull();
    expect((await dataSetsWithHolders(test.db, people.newcomer))[0]!.holdings[1]!.connectionId).toBe(c["register-police"]);
    const summary = replicationSummary(dataSets);
    expect(summary.overall).toEqual({ holdings: 3, inStep: 1, replicas: 1 });
    expect(summary.organisations.map((o) => [o.organisation.name, o.tally])).toEqual([
      ["HM Revenue & Customs", { holdings: 2, inStep: 1, replicas: 1 }],
      ["Driver and Vehicle Licensing Agency", { holdings: 1, inStep: 0, replicas: 0 }],
    ]);
  });

  it("lets a system's publishers stop a copy or replica, audited, but never the source", async () => {
    const [dataSet] = await dataSetsWithHolders(test.db, ANONYMOUS);
    const replica = dataSet!.holdings.find((h) => h.kind === "replica")!;
    const source = dataSet!.holdings.find((h) => h.kind === "source")!;
    await expect(releaseHolding(test.db, people.dvlaPublisher, replica.id)).rejects.toThrow(ForbiddenError);
    expect(await releaseHolding(test.db, people.dvlaPublisher, source.id)).toEqual({ ok: false, errors: { confirm: SOURCE_STAYS } });
    const before = await events();
    expect((await releaseHolding(test.db, people.hmrcPublisher, replica.id)).ok).toBe(true);
    expect(await events()).toBe(before + 1);
    expect((await dataSetsWithHolders(test.db, ANONYMOUS))[0]!.holdings.map((h) => h.kind)).toEqual(["source", "in-step"]);
  });
});
