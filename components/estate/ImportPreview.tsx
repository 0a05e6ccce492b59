import { Table } from "@/components/Table";
import { WarningText } from "@/components/WarningText";
import type { ImportSummary } from "@/lib/estate/backstage/summary";
import { TECHNOLOGY_LABELS, type Technology } from "@/lib/estate/vocabulary";

const ACTION: Record<string, string> = { create: "Create", update: "Update", unchanged: "No change", declare: "Declare" };

/** What an import will do (or did), and what in the file it could not use. */
export function ImportPreview({ summary }: { summary: ImportSummary }) {
  return (
    <>
      <p className="govuk-body-l" data-testid="import-headline">{summary.headline}.</p>
      {summary.problems.length ? (
        <section aria-labelledby="not-mapped">
          <h2 id="not-mapped" className="govuk-heading-m">Could not be mapped ({summary.problems.length})</h2>
          <WarningText>These entities or references are left out. Correct the file and preview it again to include them.</WarningText>
          <ul className="govuk-list govuk-list--bullet mb-8">{summary.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </section>
      ) : null}
      {summary.systems.length ? <Table caption="Systems" captionSize="m" head={["System", "What happens"]} rows={summary.systems.map((s) => [s.name, ACTION[s.action]])} /> : null}
      {summary.apis.length ? <Table caption="APIs" captionSize="m" head={["API", "Provided by", "What happens"]} rows={summary.apis.map((a) => [a.name, a.system, ACTION[a.action]])} /> : null}
      {summary.connections.length ? (
        <Table
          caption="Connections"
          captionSize="m"
          head={["From and to", "Through API", "Technology", "What happens"]}
          rows={summary.connections.map((c) => [c.words, c.api ?? "None", TECHNOLOGY_LABELS[c.technology as Technology] ?? c.technology, ACTION[c.action]])}
        />
      ) : null}
      {summary.notes.length ? (
        <>
          <h2 className="govuk-heading-s">Also in the file</h2>
          <ul className="govuk-list govuk-list--bullet mb-8">{summary.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </>
      ) : null}
    </>
  );
}
