import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { connectionHistory } from "@/lib/audit/queries";
import { NotFoundError } from "@/lib/catalogue/publishing/common";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { confirmConnection, connectionIdentity, declareConnection, disputeConnection, NOT_THEIRS, OWN_SIDE, retireConnection, updateConnection } from "./connections";
import { connectionActions, connectionsOfSystem, getConnection, systemsUsingApi } from "./connections-queries";
import { LOGGED_REQUIRED } from "./connections-form";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const s: Record<string, string> = {};
let taxApi: string;
let otherHmrcApi: string;

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  const system = async (slug: string, organisationId: string, lifecycle = "live") => (s[slug] = (await db.system.create({ data: { slug, name: slug, organisationId, lifecycle } })).id);
  await system("vehicle-register", people.dvla.id);
  await system("driver-register", people.dvla.id);
  await system("tax-records", people.hmrc.id);
  await system("customs", people.hmrc.id);
  await system("old-mainframe", people.hmrc.id, "retired");
  taxApi = (await db.api.create({ data: { slug: "tax-api", name: "Tax API", organisationId: people.hmrc.id, systemId: s["tax-records"] } })).id;
  otherHmrcApi = (await db.api.create({ data: { slug: "customs-api", name: "Customs API", organisationId: people.hmrc.id, systemId: s["customs"] } })).id;
});
afterAll(() => test.drop());

const form = (over: Record<string, string> = {}) => ({
  fromSystemId: s["vehicle-register"]!,
  toSystemId: s["tax-records"]!,
  direction: "one-way",
  apiId: taxApi,
  description: "Vehicle keepers' tax status checks",
  technology: "rest-json",
  openStandard: "yes",
  personalData: "yes",
  personalDataLogged: "yes",
  frequency: "real-time",
  lifecycle: "live",
  visibility: "public",
  ...over,
});

async function declared(over: Record<string, string> = {}, viewer = people.dvlaPublisher) {
  const result = await declareConnection(test.db, viewer, form(over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.connection;
}
/** A new DVLA system, so a test's connections are its own. */
const dvlaSystem = async (slug: string) => (s[slug] = (await test.db.system.create({ data: { slug, name: slug, organisationId: people.dvla.id } })).id);
const count = () => test.db.connection.count();
const events = (id: string) => test.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });

describe("declaring a connection", () => {
  it("saves it unconfirmed, declared by the publisher's end, and records the event", async () => {
    const c = await declared({ description: "First" });
    expect(c).toMatchObject({ confirmation: "unconfirmed", declaredBy: "from", version: 1, personalDataLogged: true, identity: connectionIdentity(c) });
    const [event] = await events(c.id);
    expect(event).toMatchObject({ actor: "dvla-publisher", action: "create", entityType: "Connection", audienceAfter: "public" });
    const fromTheOtherEnd = await declared({ fromSystemId: s["customs"]!, toSystemId: s["vehicle-register"]!, apiId: "" }, people.dvlaPublisher);
    expect(fromTheOtherEnd.declaredBy).toBe("to");
    expect(fromTheOtherEnd.personalDataLogged).toBe(true);
  });

  it("confirms at once one within the publisher's own organisation, and keeps no logging answer without personal data", async () => {
    const c = await declared({ toSystemId: s["driver-register"]!, apiId: "", personalData: "no", personalDataLogged: "yes" });
    expect(c).toMatchObject({ confirmation: "confirmed", personalDataLogged: null });
  });

  it("refuses each kind of bad input with a message for its field, saving nothing", async () => {
    const before = await count();
    const refused = async (over: Record<string, string>, viewer = people.dvlaPublisher) => {
      const result = await declareConnection(test.db, viewer, form(over));
      expect(result.ok).toBe(false);
      return result.ok ? {} : result.errors;
    };
    expect(await refused({ toSystemId: s["vehicle-register"]!, apiId: "" })).toEqual({ toSystemId: "Select a different system: a system cannot have a connection to itself" });
    expect(await refused({ toSystemId: s["old-mainframe"]!, apiId: "" })).toEqual({ toSystemId: "old-mainframe is retired: a connection cannot be recorded to or from a retired system" });
    expect(await refused({ fromSystemId: s["old-mainframe"]!, toSystemId: s["vehicle-register"]!, apiId: "" })).toEqual({ fromSystemId: expect.stringContaining("is retired") });
    expect(await refused({ apiId: otherHmrcApi })).toEqual({ apiId: "Select an API of tax-records, the receiving system, or none" });
    expect(await refused({ toSystemId: s["customs"]!, apiId: taxApi, description: "x" })).toEqual({ apiId: expect.stringContaining("Select an API of customs") });
    expect(await refused({ fromSystemId: s["tax-records"]!, toSystemId: s["customs"]!, apiId: "" })).toEqual({ fromSystemId: NOT_THEIRS });
    expect(await refused({ toSystemId: "no-such-system", apiId: "" })).toEqual({ toSystemId: "Select the system that receives the data from the list" });
    expect(await refused({ description: "", personalData: "yes", personalDataLogged: "", technology: "carrier-pigeon" })).toEqual({
      description: "Enter what data is exchanged",
      technology: "Select the technology and format",
      personalDataLogged: LOGGED_REQUIRED,
    });
    expect(await count()).toBe(before);
  });

  it("refuses a duplicate of a live connection (same ends, direction and API), and also one that races in", async () => {
    const c = await declared({ toSystemId: s["customs"]!, apiId: otherHmrcApi, description: "Customs checks" });
    const before = await count();
    const again = await declareConnection(test.db, people.hmrcPublisher, form({ toSystemId: s["customs"]!, apiId: otherHmrcApi, description: "Said again" }));
    expect(again).toEqual({ ok: false, errors: { direction: expect.stringMatching(/^A connection from vehicle-register to customs with this direction and API is already recorded/) } });
    // Two people declaring at once both pass the check; the unique identity stops the second.
    const racing = Promise.all([0, 1].map(() => declareConnection(test.db, people.dvlaPublisher, form({ toSystemId: s["customs"]!, apiId: otherHmrcApi, direction: "both" }))));
    expect((await racing).filter((r) => r.ok)).toHaveLength(1);
    expect(await count()).toBe(before + 1);
    // A two-way connection through no API is the same whichever end is named first.
    await declared({ fromSystemId: s["driver-register"]!, toSystemId: s["tax-records"]!, apiId: "", direction: "both" });
    expect((await declareConnection(test.db, people.hmrcPublisher, form({ fromSystemId: s["tax-records"]!, toSystemId: s["driver-register"]!, apiId: "", direction: "both" }))).ok).toBe(false);
    // Retiring frees it to be declared afresh.
    expect((await retireConnection(test.db, people.hmrcPublisher, c.id, 1)).ok).toBe(true);
    expect((await declareConnection(test.db, people.hmrcPublisher, form({ toSystemId: s["customs"]!, apiId: otherHmrcApi }))).ok).toBe(true);
  });

  it("is refused outright to people who publish for no organisation", async () => {
    for (const viewer of [ANONYMOUS, people.assessor, people.newcomer]) await expect(declareConnection(test.db, viewer, form())).rejects.toThrow(ForbiddenError);
  });
});

describe("confirming and disputing", () => {
  it("lets only the other end confirm, and records it", async () => {
    const c = await declared({ description: "To confirm", direction: "both" });
    expect(await confirmConnection(test.db, people.dvlaPublisher, c.id, 1)).toEqual({ ok: false, errors: { confirm: OWN_SIDE } });
    const confirmed = await confirmConnection(test.db, people.hmrcPublisher, c.id, 1);
    expect(confirmed.ok && confirmed.connection).toMatchObject({ confirmation: "confirmed", version: 2 });
    expect(await confirmConnection(test.db, people.hmrcPublisher, c.id, 2)).toEqual({ ok: false, errors: { confirm: "This connection is already confirmed" } });
    expect(await confirmConnection(test.db, people.hmrcPublisher, c.id, 1)).toMatchObject({ ok: false });
    await expect(confirmConnection(test.db, people.assessor, c.id, 2)).rejects.toThrow(ForbiddenError);
    const history = await connectionHistory(test.db, people.newcomer, c.id);
    expect(history?.entries.map((e) => e.summary)).toEqual(["Confirmed by the other end", "Created"]);
  });

  it("lets the other end dispute with a reason, which an edit of substance clears back to unconfirmed", async () => {
    const c = await declared({ description: "To dispute", frequency: "daily", fromSystemId: await dvlaSystem("disputed-sender") });
    expect(await disputeConnection(test.db, people.dvlaPublisher, c.id, 1, { disputeReason: "No" })).toEqual({ ok: false, errors: { disputeReason: OWN_SIDE } });
    expect(await disputeConnection(test.db, people.hmrcPublisher, c.id, 1, { disputeReason: " " })).toEqual({ ok: false, errors: { disputeReason: "Enter why this connection is wrong" } });
    const disputed = await disputeConnection(test.db, people.hmrcPublisher, c.id, 1, { disputeReason: "We stopped this in 2023" });
    expect(disputed.ok && disputed.connection).toMatchObject({ confirmation: "disputed", disputeReason: "We stopped this in 2023" });
    const edited = await updateConnection(test.db, people.hmrcPublisher, c.id, 2, form({ description: "To dispute", frequency: "batch", fromSystemId: c.fromSystemId }));
    expect(edited.ok && edited.connection).toMatchObject({ confirmation: "unconfirmed", disputeReason: null, declaredBy: "to", frequency: "batch" });
    expect(edited.ok && edited.reconfirm).toBe(true);
    // Now the sending end is the other one, so it confirms.
    expect((await confirmConnection(test.db, people.dvlaPublisher, c.id, 3)).ok).toBe(true);
  });
});

describe("editing and retiring", () => {
  it("keeps the confirmation through a change of lifecycle or visibility, never changes the ends, and refuses a stale edit", async () => {
    const c = await declared({ description: "To edit", fromSystemId: await dvlaSystem("edited-sender") });
    await confirmConnection(test.db, people.hmrcPublisher, c.id, 1);
    const edited = await updateConnection(test.db, people.dvlaPublisher, c.id, 2, form({ description: "To edit", visibility: "government", fromSystemId: s["customs"]!, toSystemId: s["customs"]! }));
    expect(edited.ok && edited.connection).toMatchObject({ confirmation: "confirmed", visibility: "government", fromSystemId: s["edited-sender"], toSystemId: s["tax-records"] });
    expect(await updateConnection(test.db, people.dvlaPublisher, c.id, 2, form({ description: "Stale" }))).toEqual({ ok: false, stale: true });
    const [, , update] = await events(c.id);
    expect(JSON.parse(update!.changes)).toEqual({ visibility: { before: "public", after: "government" } });
    expect(update).toMatchObject({ audienceBefore: "public", audienceAfter: "government" });
  });

  it("lets either end retire it, hides it from the lists, and refuses changes after", async () => {
    const c = await declared({ description: "To retire", direction: "both", fromSystemId: s["driver-register"]!, apiId: taxApi });
    await expect(retireConnection(test.db, people.assessor, c.id, 1)).rejects.toThrow(ForbiddenError);
    const retired = await retireConnection(test.db, people.hmrcPublisher, c.id, 1);
    expect(retired.ok && retired.connection).toMatchObject({ lifecycle: "retired", identity: null });
    expect(await retireConnection(test.db, people.hmrcPublisher, c.id, 2)).toEqual({ ok: false, errors: { confirm: "This connection is already retired" } });
    expect((await updateConnection(test.db, people.dvlaPublisher, c.id, 2, form())).ok).toBe(false);
    expect((await confirmConnection(test.db, people.hmrcPublisher, c.id, 2)).ok).toBe(false);
    expect((await connectionsOfSystem(test.db, people.admin, s["driver-register"]!)).sends.map((x) => x.id)).not.toContain(c.id);
    expect(connectionActions(people.dvlaPublisher, { ...retired.ok ? retired.connection : c, fromSystem: { organisationId: people.dvla.id }, toSystem: { organisationId: people.hmrc.id } }).map((l) => l.text)).toEqual(["History"]);
  });

  it("shows a connection the viewer may not see as not found, and changes nothing", async () => {
    const c = await declared({ description: "Government only", visibility: "government", fromSystemId: await dvlaSystem("hidden-sender"), toSystemId: s["driver-register"]!, apiId: "" });
    await expect(updateConnection(test.db, ANONYMOUS, c.id, 1, form())).rejects.toThrow(NotFoundError);
    expect(await getConnection(test.db, ANONYMOUS, c.id)).toBeNull();
    expect(await connectionHistory(test.db, ANONYMOUS, c.id)).toBeNull();
    await expect(retireConnection(test.db, people.hmrcPublisher, c.id, 1)).rejects.toThrow(ForbiddenError);
  });
});

describe("the lists", () => {
  it("lists what a system sends and receives, two-way connections in both, and the systems using an API", async () => {
    const { sends, receives } = await connectionsOfSystem(test.db, people.admin, s["tax-records"]!);
    expect(receives.every((c) => c.toSystemId === s["tax-records"] || c.direction === "both")).toBe(true);
    expect(sends.every((c) => c.direction === "both")).toBe(true);
    expect(sends.length).toBeGreaterThan(0);
    const users = await systemsUsingApi(test.db, people.admin, taxApi);
    expect(users.map((u) => u.system.slug)).toEqual(["vehicle-register", "disputed-sender", "edited-sender"]);
    const actions = (viewer: typeof people.admin, c: (typeof receives)[number]) => connectionActions(viewer, c).map((l) => l.text);
    const unconfirmed = receives.find((c) => c.confirmation === "unconfirmed" && c.declaredBy === "from")!;
    expect(actions(people.hmrcPublisher, unconfirmed)).toEqual(["Confirm", "Dispute", "Edit", "Retire", "History"]);
    expect(actions(people.dvlaPublisher, unconfirmed)).toEqual(["Edit", "Retire", "History"]);
    expect(actions(people.assessor, unconfirmed)).toEqual(["History"]);
  });

  it("shows and counts nothing hidden from an anonymous visitor", async () => {
    const anonymous = await connectionsOfSystem(test.db, ANONYMOUS, s["driver-register"]!);
    expect([...anonymous.sends, ...anonymous.receives].some((c) => c.visibility !== "public")).toBe(false);
    expect((await connectionsOfSystem(test.db, people.newcomer, s["driver-register"]!)).receives.some((c) => c.visibility === "government")).toBe(true);
  });
});
