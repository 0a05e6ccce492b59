import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { AnswersForm } from "@/components/maturity/AnswersForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { assessmentToShow } from "@/lib/maturity/assessment-pages";
import { ATTESTED } from "@/lib/maturity/assessments";
import { saveAnswersAction } from "@/app/assessments/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Give evidence for the attested criteria";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function AssessmentAnswersPage({ params }: Props) {
  const { assessment: a } = await assessmentToShow((await params).id, "answers", "assessment.prepare");
  if (a.status !== "draft" && a.status !== "returned") notFound();
  const criteria = ATTESTED.map((c) => {
    const answer = a.answers.find((x) => x.criterionId === c.id);
    return { id: c.id, text: c.text, asks: c.asks, answer: answer?.text ?? "", links: answer ? (JSON.parse(answer.links) as string[]).join("\n") : "", comment: answer?.comment ?? null, status: answer?.status ?? "draft" };
  });
  return (
    <>
      <BackLink href={`/assessments/${a.id}`} />
      <AnswersForm action={saveAnswersAction} record={{ id: a.id, version: a.version }} title={TITLE} criteria={criteria} reloadHref={`/assessments/${a.id}/answers`} />
    </>
  );
}
