/**
 * Exemptions: an assessor judges a criterion exempt, or not applicable, for an organisation or
 * one of its systems, with a reason and an expiry after which it counts again. Automatic criteria
 * are never overridden by hand: this is the only way round one.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { actorOf, invalid, type Result } from "@/lib/catalogue/publishing/common";
import { date, fieldErrors } from "@/lib/catalogue/publishing/fields";
import type { Db, Exemption as StoredExemption } from "@/lib/db";
import type { Exemption } from "./levels";
import { criteriaFor } from "./model";

export const EXEMPTION_FIELDS = ["criterionId", "kind", "reason", "expiresAt"] as const;

const exemptionSchema = z.object({
  organisationId: z.string().min(1),
  systemId: z.string().trim().optional().transform((s) => s || undefined),
  criterionId: z.string().min(1, "Choose the criterion to exempt"),
  kind: z.enum(["exempt", "not-applicable"], { message: "Choose whether the criterion is exempt or not applicable" }),
  reason: z.string().trim().min(1, "Enter the reason for the exemption").max(2000, "The reason must be 2,000 characters or fewer"),
  expiresAt: date("Expiry date").refine((d) => d !== null, "Enter the date the exemption expires"),
});

/** Records an exemption an assessor approves; one without a reason or an expiry in the future is refused. */
export async function approveExemption(db: Db, viewer: Viewer, input: unknown, now = new Date()): Promise<Result<{ exemption: StoredExemption }>> {
  const organisationId = String((input as { organisationId?: unknown } | null)?.organisationId ?? "");
  authorise(viewer, "exemption.approve", { organisationId });
  const actor = actorOf(viewer);
  const parsed = exemptionSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const form = parsed.data;
  const expiresAt = form.expiresAt!;
  if (expiresAt.getTime() <= now.getTime()) return invalid({ expiresAt: "The expiry date must be in the future" });
  if (!criteriaFor(form.systemId ? "system" : "organisation").some((c) => c.id === form.criterionId)) return invalid({ criterionId: "Choose a criterion of the model from the list" });
  if (form.systemId && !(await db.system.findFirst({ where: { id: form.systemId, organisationId }, select: { id: true } }))) return invalid({ criterionId: "Choose a system of this organisation" });
  return db.$transaction(async (tx) => {
    const exemption = await tx.exemption.create({ data: { organisationId, systemId: form.systemId ?? null, criterionId: form.criterionId, kind: form.kind, reason: form.reason, expiresAt, approvedBy: actor } });
    await recordAudit(tx, { actor, action: "create", entityType: "Exemption", entityId: exemption.id, after: { ...exemption } });
    return { ok: true as const, exemption };
  });
}

/** The exemptions of an organisation's own grid (or one system's), the latest per criterion, as the level rules read them. */
export async function exemptionsFor(db: Db, target: { organisationId: string; systemId?: string }, now = new Date()): Promise<Record<string, Exemption>> {
  const rows = await db.exemption.findMany({ where: { organisationId: target.organisationId, systemId: target.systemId ?? null, expiresAt: { gt: now } }, orderBy: { createdAt: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.criterionId, { reason: r.reason, expiresAt: r.expiresAt.toISOString(), approvedBy: r.approvedBy, ...(r.kind === "not-applicable" ? { notApplicable: true } : {}) }]));
}
