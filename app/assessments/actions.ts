"use server";

import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, formTarget, serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { ATTESTED, field, prepareAssessment, saveAnswers, submitAssessment } from "@/lib/maturity/assessments";
import { reviewAssessment } from "@/lib/maturity/review";

// Each action signs the person in, then the service asks the policy; hiding a button is never the protection.

const ANSWER_FIELDS = ATTESTED.flatMap((c) => [field("text", c.id), field("links", c.id)]);
const REVIEW_FIELDS = ["decision", ...ATTESTED.flatMap((c) => [field("verdict", c.id), field("comment", c.id)])];

/** "Prepare a self-assessment", from the organisation's maturity page: its open one, or a new draft. */
export async function prepareAssessmentAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/organisations");
  const organisationId = String(formData.get("organisationId") ?? "");
  const result = await serviceCall(() => prepareAssessment(getDb(), viewer, organisationId));
  if (!result.ok) redirect("/organisations");
  redirect(`/assessments/${result.assessment.id}`);
}

export async function saveAnswersAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/assessments");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, ANSWER_FIELDS);
  const answers = Object.fromEntries(ATTESTED.map((c) => [c.id, { text: values[field("text", c.id)] ?? "", links: values[field("links", c.id)] ?? "" }]));
  const result = await serviceCall(() => saveAnswers(getDb(), viewer, id, { version, answers }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/assessments/${id}/submit`);
}

export async function submitAssessmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/assessments");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => submitAssessment(getDb(), viewer, id, { version }));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/assessments/${id}?submitted=1`);
}

export async function reviewAssessmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/assessments");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, REVIEW_FIELDS);
  const verdicts = Object.fromEntries(ATTESTED.map((c) => [c.id, { verdict: values[field("verdict", c.id)] || undefined, comment: values[field("comment", c.id)] ?? "" }]));
  const result = await serviceCall(() => reviewAssessment(getDb(), viewer, id, { version, decision: values.decision || undefined, verdicts }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/assessments/${id}?${result.assessment.status === "approved" ? "approved" : "returned"}=1`);
}
