import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import type { LatestCheck } from "@/lib/openapi/revisions";
import { isoDate } from "@/lib/catalogue/text";

const OUTCOME = {
  pass: { text: "Meets it", colour: "green" },
  fail: { text: "Falls short", colour: "red" },
  "not-applicable": { text: "Does not apply", colour: "grey" },
} as const;

const PROBLEMS_SHOWN = 50;

/**
 * What the check of one OpenAPI description found: the GDS standards point by point, then the
 * lint problems. `subject` names the revision in sentences ("The latest description", "This version").
 */
export function SpecCheck({ check, subject = "The latest description", headingLevel = 3 }: { check: LatestCheck; subject?: string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const arrived = `${isoDate(check.createdAt)}${check.origin ? ` from ${check.origin}` : ""}`;
  if (check.status === "refused") {
    return <p className="mb-4">{subject} (arrived {arrived}) could not be used: {check.error}</p>;
  }
  if (check.status !== "checked" || !check.standards) {
    return <p className="mb-4">{subject} (arrived {arrived}) has not been checked yet.</p>;
  }
  const points = (point: number | number[]) => (Array.isArray(point) ? point.join(", ") : String(point));
  return (
    <>
      <p className="mb-4">
        {subject} is {check.specVersion}, arrived {arrived}. Against the{" "}
        <a className="govuk-link" href="https://www.gov.uk/guidance/gds-api-technical-and-data-standards">
          GDS API technical and data standards
        </a>{" "}
        it scores <strong>{check.standards.score} out of 100</strong>.
      </p>
      <Table
        caption="The GDS API standards, point by point"
        captionSize="m"
        head={[{ text: "Point", numeric: true }, { text: "Check" }, { text: "Result" }]}
        rows={check.standards.rows.map((row) => [
          { text: points(row.point), numeric: true },
          {
            text: (
              <>
                {row.title}
                {row.severity === "warn" ? <span className="text-secondary-text"> (advice)</span> : null}
                {row.outcome === "fail" && row.messages[0] ? (
                  <span className="block text-base text-secondary-text">
                    {row.messages[0].line ? `Line ${row.messages[0].line}: ` : ""}
                    {row.messages[0].message}
                    {row.messages.length > 1 ? ` (and ${row.messages.length - 1} more)` : ""}
                  </span>
                ) : null}
              </>
            ),
          },
          { text: <Tag colour={OUTCOME[row.outcome].colour}>{OUTCOME[row.outcome].text}</Tag> },
        ])}
      />
      <Heading className="mb-2 mt-6 text-xl font-bold">Problems found by the OpenAPI linter ({check.problems.length})</Heading>
      {check.problems.length ? (
        <ul className="mb-4 space-y-1 text-base">
          {check.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>
              <span className="font-mono">
                Line {p.line}, column {p.column}
              </span>{" "}
              ({p.severity === "error" ? "error" : "warning"}, {p.ruleId}): {p.message}
            </li>
          ))}
          {check.problems.length > PROBLEMS_SHOWN ? <li>and {check.problems.length - PROBLEMS_SHOWN} more.</li> : null}
        </ul>
      ) : (
        <p className="mb-4">None.</p>
      )}
    </>
  );
}
