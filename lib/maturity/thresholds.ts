/**
 * The shares the "more than a share" criteria ask for ("the majority of systems"), which admins
 * may change: a Threshold row per criterion they changed; the model's default for the rest. Every
 * grid, live or assessed, is worked out with the thresholds in force when it is worked out.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { actorOf, invalid, type Result } from "@/lib/catalogue/publishing/common";
import { fieldErrors } from "@/lib/catalogue/publishing/fields";
import type { Db } from "@/lib/db";
import { criteriaFor, ORGANISATION_CRITERIA, SYSTEM_CRITERIA, type AutomaticCriterion, type Criterion, type Scope } from "./model";

type ShareCriterion = AutomaticCriterion & { threshold: { kind: "more-than-share"; share: number } };
const isShare = (c: Criterion): c is ShareCriterion => c.kind === "automatic" && c.threshold.kind === "more-than-share";

/** The criteria whose share admins may change, the organisation's first. */
export const ADJUSTABLE: ShareCriterion[] = [...ORGANISATION_CRITERIA, ...SYSTEM_CRITERIA].filter(isShare);

/** The form field of a criterion's percentage (criterion ids hold only [a-z0-9.-]). */
export const percentField = (criterionId: string) => `percent-${criterionId}`;
export const defaultPercent = (c: ShareCriterion) => Math.round(c.threshold.share * 100);

/** Each adjustable criterion's percentage in force: the admins' choice, or the default. */
export async function thresholdPercents(db: Db): Promise<Record<string, number>> {
  const rows = await db.threshold.findMany({ select: { criterionId: true, percent: true } });
  const chosen = new Map(rows.map((r) => [r.criterionId, r.percent]));
  return Object.fromEntries(ADJUSTABLE.map((c) => [c.id, chosen.get(c.id) ?? defaultPercent(c)]));
}

/** The criteria with the given percentages; a criterion's text says its share when it is no longer "half". */
export function withThresholds(criteria: Criterion[], percents: Record<string, number>): Criterion[] {
  return criteria.map((c): Criterion => {
    const percent = percents[c.id];
    if (!isShare(c) || percent === undefined || percent === defaultPercent(c)) return c;
    return { ...c, threshold: { kind: "more-than-share", share: percent / 100 }, text: c.text.replace(/^More than half/, `More than ${percent}%`) };
  });
}

/** A scope's criteria with the thresholds in force now. */
export async function criteriaInForce(db: Db, scope: Scope): Promise<Criterion[]> {
  return withThresholds(criteriaFor(scope), await thresholdPercents(db));
}

/** A whole percentage the share must be more than, for each criterion: "more than 100%" could never be met. */
const thresholdsSchema = z.object(
  Object.fromEntries(
    ADJUSTABLE.map((c) => [
      percentField(c.id),
      z.preprocess(
        (v) => (typeof v === "string" ? v.trim().replace(/%$/, "") : ""),
        z
          .string()
          .min(1, `Enter the percentage for “${c.text}”`)
          .regex(/^\d{1,2}$/, `The percentage for “${c.text}” must be a whole number from 0 to 99`)
          .transform(Number),
      ),
    ]),
  ),
);

/** Saves the percentages an admin gave, auditing each one that changed; any bad one refuses them all. */
export async function setThresholds(db: Db, viewer: Viewer, input: Record<string, unknown>): Promise<Result<{ changed: string[] }>> {
  authorise(viewer, "maturity.manage-thresholds");
  const actor = actorOf(viewer);
  const parsed = thresholdsSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const given = parsed.data as Record<string, number>;
  return db.$transaction(async (tx) => {
    const before = Object.fromEntries((await tx.threshold.findMany()).map((r) => [r.criterionId, r.percent]));
    const changed: string[] = [];
    for (const c of ADJUSTABLE) {
      const was = before[c.id] ?? defaultPercent(c);
      const percent = given[percentField(c.id)]!;
      if (percent === was) continue;
      await tx.threshold.upsert({ where: { criterionId: c.id }, create: { criterionId: c.id, percent, updatedBy: actor }, update: { percent, updatedBy: actor } });
      await recordAudit(tx, { actor, action: c.id in before ? "update" : "create", entityType: "Threshold", entityId: c.id, before: { criterionId: c.id, percent: was }, after: { criterionId: c.id, percent } });
      changed.push(c.id);
    }
    return { ok: true as const, changed };
  });
}
