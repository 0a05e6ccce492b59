import type { LatestCheck } from "@/lib/openapi/checks";
import { problemsHref } from "@/lib/openapi/problems";

const PROBLEMS_SHOWN = 50;

/** The OpenAPI linter's problems (the first 50), and every problem of the check to download. */
export function LintProblems({ check, headingLevel }: { check: LatestCheck; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const { problems } = check;
  return (
    <>
      <Heading className="mb-2 mt-6 text-xl font-bold">Problems found by the OpenAPI linter ({problems.length})</Heading>
      {problems.length ? (
        <ul className="mb-4 space-y-1 text-base">
          {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>
              <span className="font-mono">
                Line {p.line}, column {p.column}
              </span>{" "}
              ({p.severity === "error" ? "error" : "warning"}, {p.ruleId}): {p.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">None.</p>
      )}
      {problems.length > PROBLEMS_SHOWN ? (
        <p className="mb-2">
          These are the first {PROBLEMS_SHOWN} of {problems.length}. The downloads have all of them.
        </p>
      ) : null}
      <p className="mb-4">
        Download every problem this check found, the standards’ findings and the linter’s, with their lines:{" "}
        <a className="govuk-link" href={problemsHref(check.apiSlug, "problems.csv", check.id)}>
          as CSV
        </a>{" "}
        or{" "}
        <a className="govuk-link" href={problemsHref(check.apiSlug, "problems.json", check.id)}>
          as JSON
        </a>
        .
      </p>
    </>
  );
}
