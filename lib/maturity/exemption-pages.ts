/** For the exemption pages: sign in, the organisation or system (404 if unseen), 403 unless an assessor. */
import { forbidden, notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { organisationNamed, systemMaturity } from "./live";
import { criteriaFor } from "./model";

const choices = (scope: "organisation" | "system") => criteriaFor(scope).map((c) => ({ id: c.id, text: c.text }));

export async function organisationToExempt(slug: string) {
  const viewer = await requireViewer(`/organisations/${encodeURIComponent(slug)}/maturity/exemptions/new`);
  const organisation = await organisationNamed(getDb(), slug);
  if (!organisation) notFound();
  if (!can(viewer, "exemption.approve", { organisationId: organisation.id })) forbidden();
  return { organisation, criteria: choices("organisation") };
}

export async function systemToExempt(slug: string) {
  const viewer = await requireViewer(`/systems/${encodeURIComponent(slug)}/maturity/exemptions/new`);
  const found = await systemMaturity(getDb(), viewer, slug);
  if (!found) notFound();
  if (!can(viewer, "exemption.approve", { organisationId: found.system.organisationId })) forbidden();
  return { system: found.system, criteria: choices("system") };
}
