import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { ReviewForm } from "@/components/maturity/ReviewForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { assessmentToShow } from "@/lib/maturity/assessment-pages";
import { ATTESTED } from "@/lib/maturity/assessments";
import { reviewAssessmentAction } from "@/app/assessments/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Review the self-assessment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function ReviewAssessmentPage({ params }: Props) {
  const { assessment: a } = await assessmentToShow((await params).id, "review", "assessment.review");
  if (a.status !== "submitted") notFound();
  const items = ATTESTED.flatMap((c) => {
    const answer = a.answers.find((x) => x.criterionId === c.id && x.status === "submitted");
    return answer ? [{ id: c.id, text: c.text, answer: answer.text, links: JSON.parse(answer.links) as string[] }] : [];
  });
  return (
    <>
      <BackLink href={`/assessments/${a.id}`} />
      <span className="govuk-caption-l">{a.organisation.name}</span>
      <ReviewForm action={reviewAssessmentAction} record={{ id: a.id, version: a.version }} title={TITLE} items={items} reloadHref={`/assessments/${a.id}/review`} />
    </>
  );
}
