import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { createSystem, deleteDraftSystem, updateSystem } from "@/lib/catalogue/publishing/systems";
import { seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { reindexAll } from "@/lib/catalogue/search/indexer";
import { systemValues } from "@/lib/catalogue/publishing/form";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { findExisting } from "./before-you-build";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const ids: Record<string, string> = {};

const platform = { sharedPlatform: "yes", platformAudience: "Any public sector organisation", onboardingUrl: "https://www.payments.service.gov.uk/getting-started" };

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  const add = async (key: string, organisationId: string, publisher: typeof people.dvlaPublisher, overrides: Record<string, string>, publish = true) => {
    const result = await createSystem(db, publisher, systemInput(organisationId, overrides), { publish });
    if (!result.ok) throw new Error(JSON.stringify(result));
    ids[key] = result.system.id;
  };
  // A one-off system that matches every word, and a platform that matches fewer: the platform comes first.
  await add("fees", people.dvla.id, people.dvlaPublisher, { name: "Fee taker", description: "Takes card payments for driving licence fees." });
  await add("pay", people.hmrc.id, people.hmrcPublisher, { name: "Payments platform", description: "Lets any service take payments.", capabilities: "Card payments\nRefunds", ...platform });
  await add("open", people.hmrc.id, people.hmrcPublisher, { name: "Card reader kit", description: "Reads cards.", repositoryUrl: "https://github.com/hmrc/card-reader", licence: "mit" });
  await add("draft", people.hmrc.id, people.hmrcPublisher, { name: "Draft payments", description: "Card payments, not yet published." }, false);
  await add("unrelated", people.dvla.id, people.dvlaPublisher, { name: "Vehicle register", description: "Every vehicle." });
  const api = await db.api.create({ data: { slug: "payments-api", name: "Payments API", description: "Take card payments", organisationId: people.hmrc.id, systemId: ids.pay } });
  await db.api.create({ data: { slug: "refund-api", name: "Refunds", description: "Refund a card payment", organisationId: people.dvla.id } });
  await db.$transaction((tx) => reindexAll(tx));
  // Two organisations' systems use the platform, one of them through its API.
  const connect = (from: string, apiId: string | null) =>
    db.connection.create({ data: { fromSystemId: ids[from]!, toSystemId: ids.pay!, apiId, visibility: "public", description: "Fees", technology: "rest-json", openStandard: true, personalData: false, frequency: "daily", declaredBy: "from" } });
  await connect("fees", api.id);
  await connect("open", null);
});
afterAll(() => test.drop());

const find = async (need: string, viewer = ANONYMOUS) => (await findExisting(test.db, viewer, need)).results;

describe("Before you build", () => {
  it("lists shared platforms first, then open code, then one-off systems and APIs, by the full-text index", async () => {
    const results = await find("take card payments");
    expect(results.slice(0, 2).map((r) => [r.kind, r.name, r.tier])).toEqual([
      ["system", "Payments platform", "platform"],
      ["system", "Card reader kit", "open-source"],
    ]);
    // The one-off system matches every word, the platform fewer; their order within the tier is each engine's score.
    expect(results.slice(2).map((r) => [r.kind, r.name, r.tier]).sort()).toEqual([
      ["api", "Refunds", "one-off"],
      ["system", "Fee taker", "one-off"],
    ]);
  });

  it("shows a system's matching APIs under it rather than again on their own, and how many organisations use each", async () => {
    const [pay] = await find("card payments");
    expect(pay?.kind === "system" && pay.apis.map((a) => a.name)).toEqual(["Payments API"]);
    expect(pay?.organisationsUsing).toBe(2);
    expect(pay?.kind === "system" && pay.system.organisation.name).toBe("HM Revenue & Customs");
  });

  it("matches the capabilities a publisher lists, and a word's other forms", async () => {
    expect((await find("refunding")).map((r) => r.name)).toEqual(["Payments platform", "Refunds"]);
  });

  it("shows a draft only to its organisation's publishers", async () => {
    expect((await find("card payments")).map((r) => r.name)).not.toContain("Draft payments");
    expect((await find("card payments", people.hmrcPublisher)).map((r) => r.name)).toContain("Draft payments");
  });

  it("keeps the index in step with edits and deletions", async () => {
    const system = await test.db.system.findUniqueOrThrow({ where: { id: ids.unrelated } });
    const edited = await updateSystem(test.db, people.dvlaPublisher, system.id, system.version, { ...systemValues(system), capabilities: "Send text messages" });
    expect(edited.ok).toBe(true);
    expect((await find("send text messages")).map((r) => r.name)).toEqual(["Vehicle register"]);
    const draft = await test.db.system.findUniqueOrThrow({ where: { id: ids.draft } });
    expect((await deleteDraftSystem(test.db, people.hmrcPublisher, draft.id, draft.version)).ok).toBe(true);
    expect((await find("card payments", people.hmrcPublisher)).map((r) => r.name)).not.toContain("Draft payments");
  });

  it("answers nothing for a need of filler words alone", async () => {
    expect(await find("I need to")).toEqual([]);
  });
});
