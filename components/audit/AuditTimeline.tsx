import type { ReactNode } from "react";
import { ChangeTable, type ChangeRow } from "./ChangeTable";

/** `detail` is shown before the table of changes: what a page knows to say about the event, such as a link. */
export type TimelineEntry = { id: string; at: string; actor: { name: string }; summary: string; changes: readonly ChangeRow[]; detail?: ReactNode; withheld?: "before" | "after" };

/**
 * A record's history as a timeline, newest first: what happened, who did it and when
 * (ISO 8601, UTC), then what changed.
 */
export function AuditTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ol className="m-0 list-none border-l-5 border-border p-0">
      {entries.map((entry) => (
        <li key={entry.id} className="relative mb-8 pl-6 before:absolute before:top-2 before:-left-[12.5px] before:size-5 before:rounded-full before:bg-text">
          <h2 className="govuk-heading-s mb-1">{entry.summary}</h2>
          <p className="govuk-body mb-3 text-secondary-text">
            {entry.actor.name}, <time dateTime={entry.at}>{entry.at}</time>
          </p>
          {entry.detail}
          {entry.withheld ? <p className="govuk-body mb-3">What it was {entry.withheld} this change is not shown: you could not see it then.</p> : null}
          <ChangeTable changes={entry.changes} caption={`${entry.summary}: what changed`} withheld={entry.withheld} />
        </li>
      ))}
    </ol>
  );
}
