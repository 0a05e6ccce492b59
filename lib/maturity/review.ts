/**
 * An assessor's review of a submitted assessment: each answer accepted, or returned with a
 * comment. Returning sends it back to the publishers; approving publishes it as a snapshot of the
 * grid and the facts behind it that day, superseding the organisation's previous one.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import { signedInUser, type Viewer } from "@/lib/auth/viewer";
import { actorOf, invalid, writeOnce } from "@/lib/catalogue/publishing/common";
import type { FieldErrors } from "@/lib/catalogue/publishing/fields";
import type { Db } from "@/lib/db";
import { currentSystemLevels, recordSystemLevels } from "./system-levels";
import { advance, assessmentGrid, ATTESTED, field, visibleAssessment, type AssessmentResult, type StoredAssessment } from "./assessments";

const reviewSchema = z.object({
  version: z.coerce.number().int().positive(),
  decision: z.enum(["return", "approve"], { message: "Choose whether to return the assessment or approve it" }),
  verdicts: z.record(z.string(), z.object({ verdict: z.enum(["accept", "return"]).optional(), comment: z.string().trim().max(2000, "A comment must be 2,000 characters or fewer") })),
});
type Review = z.infer<typeof reviewSchema>;

export const OWN_ORGANISATION = "You publish for this organisation, so you cannot review its assessment: another assessor must";

/** Messages per field when the verdicts do not support the decision. */
function problems(assessment: StoredAssessment, review: Review): FieldErrors {
  const errors: FieldErrors = {};
  const pending = assessment.answers.filter((a) => a.status === "submitted");
  for (const answer of pending) {
    const given = review.verdicts[answer.criterionId];
    const name = ATTESTED.find((c) => c.id === answer.criterionId)?.text ?? answer.criterionId;
    if (!given?.verdict) errors[field("verdict", answer.criterionId)] = `Choose whether to accept or return the evidence for “${name}”`;
    else if (given.verdict === "return" && !given.comment) errors[field("comment", answer.criterionId)] = `Say why you are returning the evidence for “${name}”`;
  }
  const returning = pending.some((a) => review.verdicts[a.criterionId]?.verdict === "return");
  if (Object.keys(errors).length === 0 && review.decision === "approve" && returning) errors.decision = "You cannot approve an assessment with evidence you return: return it to the publisher instead";
  if (Object.keys(errors).length === 0 && review.decision === "return" && !returning) errors.decision = "Return at least one piece of evidence, with a comment, or approve the assessment";
  return errors;
}

export async function reviewAssessment(db: Db, viewer: Viewer, id: string, input: unknown, now = new Date()): Promise<AssessmentResult> {
  const before = await visibleAssessment(db, viewer, id);
  authorise(viewer, "assessment.review", { organisationId: before.organisationId });
  const actor = actorOf(viewer);
  if (signedInUser(viewer)?.organisationIds.includes(before.organisationId)) return invalid({ decision: OWN_ORGANISATION });
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return invalid({ decision: parsed.error.issues[0]?.message ?? "Reload the page and try again" });
  if (before.status !== "submitted") return invalid({ decision: `This assessment is ${before.status}: only a submitted assessment can be reviewed` });
  const errors = problems(before, parsed.data);
  if (Object.keys(errors).length) return invalid(errors);
  const approving = parsed.data.decision === "approve";
  // Worked out before the transaction: reading the whole estate need not hold it open.
  const judged = before.answers.map((a) => {
    const given = parsed.data.verdicts[a.criterionId];
    return a.status !== "submitted" || !given?.verdict ? a : { ...a, status: given.verdict === "accept" ? "accepted" : "returned", comment: given.comment || null };
  });
  const snapshot = approving ? await assessmentGrid(db, viewer, { ...before, answers: judged }, now) : null;
  const systems = approving ? await currentSystemLevels(db, viewer, before.organisationId, now) : [];
  return writeOnce(db, async (tx) => {
    for (const a of judged) {
      if (a.status === "returned" || a.status === "accepted") await tx.assessmentAnswer.update({ where: { assessmentId_criterionId: { assessmentId: id, criterionId: a.criterionId } }, data: { status: a.status, comment: a.comment } });
    }
    const previous = approving ? await tx.assessment.findFirst({ where: { organisationId: before.organisationId, status: "approved" } }) : null;
    if (previous) {
      await tx.assessment.update({ where: { id: previous.id }, data: { status: "superseded", version: { increment: 1 } } });
      await recordAudit(tx, { actor, action: "update", entityType: "Assessment", entityId: previous.id, before: { organisationId: previous.organisationId, status: "approved" }, after: { organisationId: previous.organisationId, status: "superseded", supersededBy: id } });
    }
    const data = approving
      ? { status: "approved", reviewedBy: actor, approvedAt: now, openFor: null, supersedesId: previous?.id ?? null, snapshot: JSON.stringify(snapshot) }
      : { status: "returned", reviewedBy: actor };
    const assessment = await advance(tx, viewer, before, parsed.data.version, data);
    await recordSystemLevels(tx, actor, before, systems, now);
    return { ok: true as const, assessment };
  });
}
