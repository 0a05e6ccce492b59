/** For the assessment pages: sign in, find an assessment the viewer may read (404 otherwise), then 403 unless allowed. */
import { forbidden, notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { getDb } from "@/lib/db";
import { visibleAssessment } from "./assessments";

export async function assessmentToShow(id: string, page: string, permission: Permission = "assessment.read") {
  const viewer = await requireViewer(`/assessments/${encodeURIComponent(id)}${page ? `/${page}` : ""}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const assessment = await serviceCall(() => visibleAssessment(getDb(), viewer, id));
  if (!can(viewer, permission, { organisationId: assessment.organisationId })) forbidden();
  return { viewer, assessment };
}
