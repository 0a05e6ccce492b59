/**
 * The assessment workflow: a publisher prepares a self-assessment of their organisation (the
 * automatic evidence is the estate's; they answer the attested criteria) and submits it; an
 * assessor accepts each answer or returns it with a comment; on approval the grid and the facts
 * behind it are kept as they were that day, and nobody changes them after. A later approval
 * supersedes it. Every step is audited in the same transaction.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { actorOf, assertUpdated, invalid, NotFoundError, writeOnce, type Result } from "@/lib/catalogue/publishing/common";
import type { FieldErrors } from "@/lib/catalogue/publishing/fields";
import type { Assessment, AssessmentAnswer, Db, Tx } from "@/lib/db";
import { estateFacts, maturityLens } from "./evidence";
import { exemptionsFor } from "./exemptions";
import { evaluate, type Answers, type Attestation, type Facts, type Grid } from "./levels";
import { criteriaFor, type AttestedCriterion } from "./model";
import { criteriaInForce } from "./thresholds";

export type StoredAssessment = Assessment & { answers: AssessmentAnswer[]; organisation: { id: string; slug: string; name: string } };
export type AssessmentResult = Result<{ assessment: Assessment }>;
/** What approval keeps: the grid and the estate's facts behind it, as they were that day. */
export type Snapshot = { grid: Grid; facts: Facts };

export const ATTESTED = criteriaFor("organisation").filter((c): c is AttestedCriterion => c.kind === "attested");
const EDITABLE = ["draft", "returned"];

/** Form field names for a criterion's answer and review (criterion ids hold only [a-z0-9.-]). */
export const field = (what: "text" | "links" | "verdict" | "comment", criterionId: string) => `${what}-${criterionId}`;

const include = { answers: true, organisation: { select: { id: true, slug: true, name: true } } } as const;

/** An assessment this viewer may read (its organisation's publishers, assessors, admins); otherwise "not found". */
export async function visibleAssessment(db: Db | Tx, viewer: Viewer, id: string): Promise<StoredAssessment> {
  const assessment = await db.assessment.findUnique({ where: { id }, include });
  if (!assessment || !can(viewer, "assessment.read", { organisationId: assessment.organisationId })) throw new NotFoundError("assessment");
  return assessment;
}

/** What the audit keeps: the workflow's fields and every answer, not the (large) snapshot. */
function audited(a: Assessment, answers: AssessmentAnswer[]): Record<string, unknown> {
  const { snapshot: _snapshot, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, openFor: _openFor, ...fields } = a;
  const byCriterion = Object.fromEntries(answers.map((x) => [x.criterionId, { text: x.text, links: JSON.parse(x.links), status: x.status, comment: x.comment }]));
  return { ...fields, answers: byCriterion };
}

/** Moves the assessment on, only from the version the form was loaded with, and audits the change. */
export async function advance(tx: Tx, viewer: Viewer, before: StoredAssessment, version: number, data: Partial<Assessment>): Promise<Assessment> {
  assertUpdated(await tx.assessment.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }));
  const after = await tx.assessment.findUniqueOrThrow({ where: { id: before.id }, include: { answers: true } });
  await recordAudit(tx, { actor: actorOf(viewer), action: "update", entityType: "Assessment", entityId: before.id, before: audited(before, before.answers), after: audited(after, after.answers) });
  return after;
}

/** The attested answers as the level rules read them: a draft answer is not yet evidence. */
export function attestationsOf(answers: AssessmentAnswer[]): Record<string, Attestation> {
  return Object.fromEntries(
    answers.filter((a) => a.status !== "draft").map((a) => [a.criterionId, { status: a.status as Attestation["status"], text: a.text, links: JSON.parse(a.links) as string[] }]),
  );
}

/** The grid of an assessment as it stands: the estate now, its answers and the exemptions in force. */
export async function assessmentGrid(db: Db, viewer: Viewer, assessment: StoredAssessment, now = new Date()): Promise<Snapshot> {
  const lens = maturityLens(viewer, assessment.organisationId);
  const facts = await estateFacts(db, lens.viewer, { organisationId: assessment.organisationId }, now);
  const answers: Answers = { attestations: attestationsOf(assessment.answers), exemptions: await exemptionsFor(db, { organisationId: assessment.organisationId }) };
  return { grid: evaluate("organisation", facts, answers, now, await criteriaInForce(db, "organisation")), facts };
}

/** The organisation's open assessment, or a new draft: it has at most one open at a time. */
export async function prepareAssessment(db: Db, viewer: Viewer, organisationId: string): Promise<AssessmentResult> {
  authorise(viewer, "assessment.prepare", { organisationId });
  const actor = actorOf(viewer);
  return writeOnce(db, async (tx) => {
    const open = await tx.assessment.findUnique({ where: { openFor: organisationId } });
    if (open) return { ok: true as const, assessment: open };
    const assessment = await tx.assessment.create({ data: { organisationId, createdBy: actor, openFor: organisationId } });
    await recordAudit(tx, { actor, action: "create", entityType: "Assessment", entityId: assessment.id, after: audited(assessment, []) });
    return { ok: true as const, assessment };
  });
}

const version = z.coerce.number().int().positive();
const answersSchema = z.object({
  version,
  answers: z.record(z.string(), z.object({ text: z.string().trim().max(5000, "Evidence must be 5,000 characters or fewer"), links: z.string() })),
});

/** Web addresses, one a line; a message naming the first that is not one. */
function parseLinks(raw: string): { links: string[] } | { error: string } {
  const links = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const bad = links.find((l) => !URL.canParse(l) || !/^https?:$/.test(new URL(l).protocol));
  return bad ? { error: `“${bad}” is not a web address: enter each link on its own line, starting with https://` } : { links };
}

const notEditable = (a: Assessment): FieldErrors => ({ status: `This assessment is ${a.status}: it can be answered only while it is a draft or returned to you` });

/** Saves the publisher's evidence for attested criteria; a changed answer is a draft again until submitted. */
export async function saveAnswers(db: Db, viewer: Viewer, id: string, input: unknown): Promise<AssessmentResult> {
  const before = await visibleAssessment(db, viewer, id);
  authorise(viewer, "assessment.prepare", { organisationId: before.organisationId });
  const parsed = answersSchema.safeParse(input);
  if (!parsed.success) return invalid({ status: parsed.error.issues[0]?.message ?? "Reload the page and try again" });
  if (!EDITABLE.includes(before.status)) return invalid(notEditable(before));
  const errors: FieldErrors = {};
  const rows: { criterionId: string; text: string; links: string[] }[] = [];
  for (const c of ATTESTED) {
    const given = parsed.data.answers[c.id];
    if (!given) continue;
    const links = parseLinks(given.links);
    if ("error" in links) errors[field("links", c.id)] = links.error;
    else rows.push({ criterionId: c.id, text: given.text, links: links.links });
  }
  if (Object.keys(errors).length) return invalid(errors);
  return writeOnce(db, async (tx) => {
    for (const row of rows) {
      const stored = before.answers.find((a) => a.criterionId === row.criterionId);
      const changed = !stored || stored.text !== row.text || stored.links !== JSON.stringify(row.links);
      if (!changed) continue;
      const data = { text: row.text, links: JSON.stringify(row.links), status: "draft" };
      await tx.assessmentAnswer.upsert({ where: { assessmentId_criterionId: { assessmentId: id, criterionId: row.criterionId } }, create: { assessmentId: id, criterionId: row.criterionId, ...data }, update: data });
    }
    return { ok: true as const, assessment: await advance(tx, viewer, before, parsed.data.version, {}) };
  });
}

/** Submits for review; refused, naming each one, while an attested criterion has no evidence (unless exempted). */
export async function submitAssessment(db: Db, viewer: Viewer, id: string, input: unknown, now = new Date()): Promise<AssessmentResult> {
  const before = await visibleAssessment(db, viewer, id);
  authorise(viewer, "assessment.submit", { organisationId: before.organisationId });
  const parsed = z.object({ version }).safeParse(input);
  if (!parsed.success) return invalid({ status: parsed.error.issues[0]?.message ?? "Reload the page and try again" });
  if (!EDITABLE.includes(before.status)) return invalid(notEditable(before));
  const exemptions = await exemptionsFor(db, { organisationId: before.organisationId }, now);
  const errors: FieldErrors = {};
  for (const c of ATTESTED) {
    const answer = before.answers.find((a) => a.criterionId === c.id);
    if (!answer?.text && !exemptions[c.id]) errors[field("text", c.id)] = `Give evidence for “${c.text}”`;
  }
  if (Object.keys(errors).length) return invalid(errors);
  return writeOnce(db, async (tx) => {
    await tx.assessmentAnswer.updateMany({ where: { assessmentId: id, status: { not: "accepted" } }, data: { status: "submitted" } });
    return { ok: true as const, assessment: await advance(tx, viewer, before, parsed.data.version, { status: "submitted", submittedAt: now }) };
  });
}
