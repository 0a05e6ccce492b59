import { Button } from "@/components/Button";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import type { Snapshot } from "@/lib/maturity/assessments";
import { STATUS_LABELS } from "@/lib/maturity/assessment-queries";

export interface AssessmentPanelProps {
  organisation: { id: string; name: string };
  published: { id: string; approvedAt: Date; snapshot: Snapshot } | null;
  open: { id: string; status: string } | null;
  /** may read the assessments (its publishers, assessors, admins) */
  canRead: boolean;
  /** the action that starts one, for its publishers only */
  prepare?: (formData: FormData) => Promise<void>;
}

/** The last published assessment's levels, clearly apart from the live grid, and the way into a self-assessment. */
export function AssessmentPanel({ organisation, published, open, canRead, prepare }: AssessmentPanelProps) {
  return (
    <section aria-labelledby="published-heading" className="mb-8">
      <h2 id="published-heading" className="mb-4 text-2xl font-bold">Last published assessment</h2>
      {published ? (
        <>
          <p className="mb-4">
            <Tag colour="green">Published {published.approvedAt.toISOString().slice(0, 10)}</Tag>
          </p>
          <Table
            caption={`Levels of ${organisation.name} as published on ${published.approvedAt.toISOString().slice(0, 10)}`}
            head={["Dimension", { text: "Level reached", numeric: true }]}
            firstCellIsHeader
            rows={published.snapshot.grid.dimensions.map((d) => [d.title, { text: d.reached === 0 ? "None" : `Level ${d.reached}`, numeric: true }])}
          />
          {canRead ? (
            <p className="mb-4">
              <a className="govuk-link" href={`/assessments/${published.id}`}>See the published grid and its evidence</a>
            </p>
          ) : null}
        </>
      ) : (
        <p className="mb-4">{organisation.name} has no published assessment yet.</p>
      )}
      <p className="mb-4">
        <a className="govuk-link" href="/maturity">Compare the published levels of every organisation</a>
      </p>
      {open && canRead ? (
        <p className="mb-4">
          A self-assessment is under way ({STATUS_LABELS[open.status]?.toLowerCase()}): <a className="govuk-link" href={`/assessments/${open.id}`}>see the self-assessment</a>.
        </p>
      ) : null}
      {prepare && !open ? (
        <form action={prepare}>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <Button variant="secondary">Prepare a self-assessment</Button>
        </form>
      ) : null}
    </section>
  );
}
