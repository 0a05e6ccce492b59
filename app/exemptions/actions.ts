"use server";

import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { approveExemption, EXEMPTION_FIELDS } from "@/lib/maturity/exemptions";

/** An assessor approves an exemption, then sees it in the grid it applies to. */
export async function approveExemptionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/assessments");
  const values = readForm(formData, ["organisationId", "systemId", ...EXEMPTION_FIELDS]);
  const db = getDb();
  const result = await serviceCall(() => approveExemption(db, viewer, values));
  if (!result.ok) return failed(previous, values, result);
  const { systemId, organisationId } = result.exemption;
  const system = systemId ? await db.system.findUnique({ where: { id: systemId }, select: { slug: true } }) : null;
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { slug: true } });
  redirect(system ? `/systems/${system.slug}/maturity?exempted=1` : `/organisations/${organisation.slug}/maturity?exempted=1`);
}
