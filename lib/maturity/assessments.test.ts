import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { userViewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { ATTESTED, field, prepareAssessment, saveAnswers, submitAssessment, type Snapshot } from "./assessments";
import { approveExemption } from "./exemptions";
import { liveMaturity } from "./live";
import { OWN_ORGANISATION, reviewAssessment } from "./review";

let database: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const NOW = new Date("2026-12-05T12:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  people = await seedPublishing(database.db);
  await database.db.system.create({ data: { slug: "tax-records", name: "Tax records", organisationId: people.hmrc.id, description: "Tax records hold data.", ownerTeam: "Tax team" } });
});
afterAll(() => database.drop());

const everyAnswer = (text = "We chair the W3C Verifiable Credentials group.") =>
  Object.fromEntries(ATTESTED.map((c) => [c.id, { text, links: "https://www.w3.org/groups/wg/vc/" }]));
const current = (id: string) => database.db.assessment.findUniqueOrThrow({ where: { id }, include: { answers: true } });
/** A result read whichever way it went. */
const loose = <T,>(result: Promise<T>) => result as Promise<T & { errors?: Record<string, string>; stale?: boolean }>;
const ok = <T extends { ok: boolean }>(result: T) => {
  expect(result).toMatchObject({ ok: true });
  return result as Extract<T, { ok: true }>;
};

describe("an organisation's self-assessment", () => {
  it("goes from draft to return, resubmission and approval, each step audited, and is then kept as it was", async () => {
    const { db } = database;
    const { hmrcPublisher: publisher, assessor } = people;
    const draft = ok(await prepareAssessment(db, publisher, people.hmrc.id)).assessment;
    expect(ok(await prepareAssessment(db, publisher, people.hmrc.id)).assessment.id).toBe(draft.id);

    const missing = await loose(submitAssessment(db, publisher, draft.id, { version: 1 }, NOW));
    expect(missing.ok).toBe(false);
    expect(Object.keys(missing.errors ?? {})).toEqual(ATTESTED.map((c) => field("text", c.id)));
    expect(missing.errors?.[field("text", ATTESTED[0]!.id)]).toBe(`Give evidence for “${ATTESTED[0]!.text}”`);

    ok(await saveAnswers(db, publisher, draft.id, { version: 1, answers: everyAnswer() }));
    ok(await submitAssessment(db, publisher, draft.id, { version: 2 }, NOW));
    expect((await current(draft.id)).answers.every((a) => a.status === "submitted")).toBe(true);

    const [first, ...rest] = ATTESTED.map((c) => c.id);
    const verdicts = (firstVerdict: "accept" | "return", comment = "") => ({ [first!]: { verdict: firstVerdict, comment }, ...Object.fromEntries(rest.map((id) => [id, { verdict: "accept", comment: "" }])) });
    const noComment = await loose(reviewAssessment(db, assessor, draft.id, { version: 3, decision: "return", verdicts: verdicts("return") }, NOW));
    expect(noComment.errors).toEqual({ [field("comment", first!)]: expect.stringMatching(/^Say why you are returning the evidence for/) });
    ok(await reviewAssessment(db, assessor, draft.id, { version: 3, decision: "return", verdicts: verdicts("return", "Name the working group you chair.") }, NOW));
    const returned = await current(draft.id);
    expect(returned.status).toBe("returned");
    expect(returned.answers.find((a) => a.criterionId === first)).toMatchObject({ status: "returned", comment: "Name the working group you chair." });

    ok(await saveAnswers(db, publisher, draft.id, { version: 4, answers: { [first!]: { text: "We chair the W3C VC working group.", links: "" } } }));
    ok(await submitAssessment(db, publisher, draft.id, { version: 5 }, NOW));
    const resubmitted = await current(draft.id);
    expect(resubmitted.answers.filter((a) => a.status === "submitted").map((a) => a.criterionId)).toEqual([first]);

    ok(await reviewAssessment(db, assessor, draft.id, { version: 6, decision: "approve", verdicts: { [first!]: { verdict: "accept", comment: "" } } }, NOW));
    const approved = await current(draft.id);
    expect(approved).toMatchObject({ status: "approved", reviewedBy: "assessor", openFor: null });
    const snapshot = JSON.parse(approved.snapshot!) as Snapshot;
    expect(snapshot.grid.evaluatedAt).toBe(NOW.toISOString());
    expect(snapshot.facts["system-described"]).toEqual([expect.objectContaining({ name: "Tax records", state: "yes" })]);
    const sdo = snapshot.grid.dimensions.find((d) => d.key === "open-standards")!.levels[2]!.criteria.find((c) => c.kind === "attested")!;
    expect(sdo.outcome).toBe("accepted");

    // Nobody changes it after: not its publishers, not an assessor.
    expect((await loose(saveAnswers(db, publisher, draft.id, { version: 7, answers: everyAnswer("changed") }))).errors?.status).toMatch(/approved/);
    expect((await loose(submitAssessment(db, publisher, draft.id, { version: 7 }))).errors?.status).toMatch(/approved/);
    expect((await loose(reviewAssessment(db, assessor, draft.id, { version: 7, decision: "approve", verdicts: {} }))).errors?.decision).toMatch(/approved/);

    const audit = await db.auditEvent.findMany({ where: { entityType: "Assessment", entityId: draft.id }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(7);
    expect(audit.every((e) => e.audienceAfter === "internal" && e.audienceOrganisationId === people.hmrc.id)).toBe(true);

    // A new assessment supersedes the published one, which keeps its snapshot.
    const next = ok(await prepareAssessment(db, publisher, people.hmrc.id)).assessment;
    expect(next.id).not.toBe(draft.id);
    ok(await saveAnswers(db, publisher, next.id, { version: 1, answers: everyAnswer() }));
    ok(await submitAssessment(db, publisher, next.id, { version: 2 }));
    const all = Object.fromEntries(ATTESTED.map((c) => [c.id, { verdict: "accept", comment: "" }]));
    ok(await reviewAssessment(db, assessor, next.id, { version: 3, decision: "approve", verdicts: all }));
    expect(await current(draft.id)).toMatchObject({ status: "superseded", snapshot: approved.snapshot });
    expect(await current(next.id)).toMatchObject({ status: "approved", supersedesId: draft.id });
  });

  it("refuses a review by an assessor who also publishes for the organisation, and anyone but its publishers preparing one", async () => {
    const { db } = database;
    const draft = ok(await prepareAssessment(db, people.dvlaPublisher, people.dvla.id)).assessment;
    ok(await saveAnswers(db, people.dvlaPublisher, draft.id, { version: 1, answers: everyAnswer() }));
    ok(await submitAssessment(db, people.dvlaPublisher, draft.id, { version: 2 }));
    const both = userViewer({ id: "both", name: null, email: null, role: "assessor", organisationIds: [people.dvla.id] });
    const all = Object.fromEntries(ATTESTED.map((c) => [c.id, { verdict: "accept", comment: "" }]));
    expect((await loose(reviewAssessment(db, both, draft.id, { version: 3, decision: "approve", verdicts: all }))).errors).toEqual({ decision: OWN_ORGANISATION });
    expect((await current(draft.id)).status).toBe("submitted");
    await expect(prepareAssessment(db, people.hmrcPublisher, people.dvla.id)).rejects.toThrow("permission");
    await expect(prepareAssessment(db, people.assessor, people.dvla.id)).rejects.toThrow("permission");
    await expect(saveAnswers(db, people.hmrcPublisher, draft.id, { version: 3, answers: {} })).rejects.toThrow("No such assessment");
  });

  it("refuses links that are not web addresses, naming the field, and saves nothing", async () => {
    const { db } = database;
    const org = await db.organisation.create({ data: { slug: "ons", name: "Office for National Statistics" } });
    const publisher = userViewer({ id: "ons-publisher", name: null, email: null, role: "none", organisationIds: [org.id] });
    const draft = ok(await prepareAssessment(db, publisher, org.id)).assessment;
    const id = ATTESTED[0]!.id;
    const result = await loose(saveAnswers(db, publisher, draft.id, { version: 1, answers: { [id]: { text: "Evidence", links: "https://example.gov.uk\nnot a link" } } }));
    expect(result.errors).toEqual({ [field("links", id)]: "“not a link” is not a web address: enter each link on its own line, starting with https://" });
    expect((await current(draft.id)).answers).toEqual([]);
    expect((await loose(saveAnswers(db, publisher, draft.id, { version: 9, answers: {} }))).stale).toBe(true);
  });
});

describe("exemptions", () => {
  const criterionId = "organisation.api.3.api-has-spec.all";
  const form = (over: Record<string, string> = {}) => ({ organisationId: people.hmrc.id, criterionId, kind: "exempt", reason: "Legacy API being replaced in 2027", expiresAt: "2027-03-31", ...over });

  it("are refused without a reason, without an expiry, or with one already past, and by anyone but an assessor", async () => {
    const { db } = database;
    expect((await loose(approveExemption(db, people.assessor, form({ reason: " " }), NOW))).errors).toEqual({ reason: "Enter the reason for the exemption" });
    expect((await loose(approveExemption(db, people.assessor, form({ expiresAt: "" }), NOW))).errors).toEqual({ expiresAt: "Enter the date the exemption expires" });
    expect((await loose(approveExemption(db, people.assessor, form({ expiresAt: "2026-12-01" }), NOW))).errors).toEqual({ expiresAt: "The expiry date must be in the future" });
    await expect(approveExemption(db, people.hmrcPublisher, form(), NOW)).rejects.toThrow("permission");
    expect(await db.exemption.count()).toBe(0);
  });

  it("count in the live grid until they expire, and are audited", async () => {
    const { db } = database;
    const exemption = ok(await approveExemption(db, people.assessor, form(), NOW)).exemption;
    expect(exemption.approvedBy).toBe("assessor");
    const outcome = async (now: Date) => {
      const { grid } = await liveMaturity(db, people.assessor, { organisationId: people.hmrc.id }, now);
      return grid.dimensions.find((d) => d.key === "api")!.levels[2]!.criteria.find((c) => c.id === criterionId)!.outcome;
    };
    expect(await outcome(NOW)).toBe("exempt");
    expect(await outcome(new Date("2027-04-01T00:00:00Z"))).not.toBe("exempt");
    expect(await db.auditEvent.count({ where: { entityType: "Exemption", entityId: exemption.id } })).toBe(1);
  });
});
