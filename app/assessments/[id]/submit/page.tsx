import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { SummaryList } from "@/components/SummaryList";
import { SubmitAssessmentForm } from "@/components/maturity/SubmitAssessmentForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { assessmentToShow } from "@/lib/maturity/assessment-pages";
import { ATTESTED } from "@/lib/maturity/assessments";
import { submitAssessmentAction } from "@/app/assessments/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Check your answers before submitting";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function SubmitAssessmentPage({ params }: Props) {
  const { assessment: a } = await assessmentToShow((await params).id, "submit", "assessment.submit");
  if (a.status !== "draft" && a.status !== "returned") notFound();
  const answersHref = `/assessments/${a.id}/answers`;
  const rows = ATTESTED.map((c) => {
    const answer = a.answers.find((x) => x.criterionId === c.id);
    return {
      // The id a "no evidence" problem links to.
      key: <span id={`text-${c.id}`}>{c.text}</span>,
      value: answer?.text ? <span className="whitespace-pre-line">{answer.text}</span> : "No evidence given",
      actions: [{ href: `${answersHref}#text-${c.id}`, text: "Change", visuallyHiddenText: `the evidence for ${c.text}` }],
    };
  });
  return (
    <>
      <BackLink href={answersHref} />
      <SubmitAssessmentForm action={submitAssessmentAction} record={{ id: a.id, version: a.version }} title={TITLE} reloadHref={`/assessments/${a.id}/submit`}>
        <p className="mb-4 max-w-3xl">An assessor will accept each answer or return it with a comment. The automatic criteria are worked out from the catalogue when the assessment is approved.</p>
        <SummaryList rows={rows} className="mb-8" />
      </SubmitAssessmentForm>
    </>
  );
}
