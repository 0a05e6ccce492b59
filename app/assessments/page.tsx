import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Table } from "@/components/Table";
import { requireViewer } from "@/lib/auth/session";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { getDb } from "@/lib/db";
import { assessmentQueue } from "@/lib/maturity/assessment-queries";

export const metadata: Metadata = { title: "Assessments waiting for review" };

/** The assessor queue: submitted self-assessments, the longest waiting first. */
export default async function AssessmentQueuePage() {
  const viewer = await requireViewer("/assessments");
  const queue = await serviceCall(() => assessmentQueue(getDb(), viewer));
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Assessments" }]} />
      <h1 className="govuk-heading-l">Assessments waiting for review</h1>
      {queue.length === 0 ? (
        <p>No self-assessment is waiting for review.</p>
      ) : (
        <Table
          caption="Submitted self-assessments, the longest waiting first"
          captionClassName="sr-only"
          head={["Organisation", "Submitted", "Review"]}
          firstCellIsHeader
          rows={queue.map((a) => [
            a.organisation.name,
            a.submittedAt?.toISOString().slice(0, 10) ?? "",
            <a key="review" className="govuk-link" href={`/assessments/${a.id}/review`}>
              Review<span className="sr-only"> the assessment of {a.organisation.name}</span>
            </a>,
          ])}
        />
      )}
    </>
  );
}
