import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotificationBanner } from "@/components/NotificationBanner";
import { SummaryList } from "@/components/SummaryList";
import { Tag } from "@/components/Tag";
import { MaturityGrid } from "@/components/maturity/MaturityGrid";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { assessmentToShow } from "@/lib/maturity/assessment-pages";
import { STATUS_LABELS } from "@/lib/maturity/assessment-queries";
import { assessmentGrid, type Snapshot } from "@/lib/maturity/assessments";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const metadata: Metadata = { title: "Maturity assessment" };

const BANNERS: Record<string, string> = { submitted: "Submitted: an assessor will review it.", returned: "Returned to the publisher with your comments.", approved: "Approved and published." };

/** One assessment: where it stands, what to do next, and its grid (as published, or as it would be now). */
export default async function AssessmentPage({ params, searchParams }: Props) {
  const { viewer, assessment: a } = await assessmentToShow((await params).id, "");
  const query = await searchParams;
  const done = Object.keys(BANNERS).find((key) => query[key]);
  const published = a.snapshot ? (JSON.parse(a.snapshot) as Snapshot) : null;
  const grid = published?.grid ?? (await assessmentGrid(getDb(), viewer, a)).grid;
  const target = { organisationId: a.organisationId };
  const editable = (a.status === "draft" || a.status === "returned") && can(viewer, "assessment.prepare", target);
  const reviewable = a.status === "submitted" && can(viewer, "assessment.review", target);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: `/organisations/${a.organisation.slug}/maturity`, text: `Maturity of ${a.organisation.name}` }, { text: "Assessment" }]} />
      {done ? <NotificationBanner type="success">{BANNERS[done]}</NotificationBanner> : null}
      <span className="govuk-caption-l">{a.organisation.name}</span>
      <h1 className="govuk-heading-l">{published ? "Published maturity assessment" : "Maturity self-assessment"}</h1>
      <p className="mb-4">
        <Tag colour={published ? "green" : "blue"}>{STATUS_LABELS[a.status] ?? a.status}</Tag>
      </p>
      <SummaryList
        rows={[
          ...(a.submittedAt ? [{ key: "Submitted", value: a.submittedAt.toISOString().slice(0, 10) }] : []),
          ...(a.approvedAt ? [{ key: "Approved", value: a.approvedAt.toISOString().slice(0, 10) }] : []),
        ]}
      />
      {editable ? (
        <p className="mb-6">
          <a className="govuk-link" href={`/assessments/${a.id}/answers`}>{a.status === "returned" ? "Answer the assessor’s comments" : "Answer the attested criteria"}</a>
        </p>
      ) : null}
      {reviewable ? (
        <p className="mb-6">
          <a className="govuk-link" href={`/assessments/${a.id}/review`}>Review this assessment</a>
        </p>
      ) : null}
      <p className="mb-4 max-w-3xl">
        {published
          ? `This is the grid as it was on ${grid.evaluatedAt.slice(0, 10)}, with the evidence behind each figure then. It does not change as the catalogue does.`
          : "This is the grid as it would be if approved now: the automatic evidence is the catalogue’s today."}
      </p>
      <MaturityGrid grid={grid} caption={`Maturity of ${a.organisation.name}, ${published ? "as published" : "as it stands"}`} />
    </>
  );
}
