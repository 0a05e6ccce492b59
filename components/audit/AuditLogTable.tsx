import { AppLink } from "../AppLink";
import { Table } from "../Table";
import { ChangeTable, type ChangeRow } from "./ChangeTable";

export type AuditLogRow = {
  id: string;
  at: string;
  actor: { name: string };
  entityType: string;
  entity: { name: string; href?: string };
  summary: string;
  changes: readonly ChangeRow[];
};

/** One row per event, newest first; the before/after table folds away in a details element. */
export function AuditLogTable({ rows, typeLabels }: { rows: readonly AuditLogRow[]; typeLabels: Record<string, string> }) {
  return (
    <Table
      caption="Audit events"
      captionClassName="sr-only"
      head={["When (UTC)", "Who", "Record", "What happened"]}
      rows={rows.map((row) => [
        <time key="at" dateTime={row.at} className="whitespace-nowrap tabular-nums">
          {row.at}
        </time>,
        row.actor.name,
        <span key="record">
          <span className="block text-secondary-text">{typeLabels[row.entityType] ?? row.entityType}</span>
          {row.entity.href ? (
            <AppLink className="govuk-link wrap-anywhere" href={row.entity.href}>
              {row.entity.name}
            </AppLink>
          ) : (
            <span className="wrap-anywhere">{row.entity.name}</span>
          )}
        </span>,
        <div key="what">
          <p className="govuk-body mb-2">{row.summary}</p>
          {row.changes.length ? (
            <details className="group">
              <summary className="govuk-link cursor-pointer text-link underline">
                Changes<span className="sr-only"> for this event</span>
              </summary>
              <div className="mt-3 border-l-5 border-border pl-4">
                <ChangeTable changes={row.changes} caption={`${row.summary}: what changed`} />
              </div>
            </details>
          ) : null}
        </div>,
      ])}
    />
  );
}
