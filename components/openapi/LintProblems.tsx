import type { LatestCheck } from "@/lib/openapi/revisions";

const PROBLEMS_SHOWN = 50;

/** The OpenAPI linter's problems (the first 50). */
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
      {problems.length > PROBLEMS_SHOWN ? <p className="mb-4">and {problems.length - PROBLEMS_SHOWN} more.</p> : null}
    </>
  );
}
