import { InsetText } from "@/components/InsetText";
import { isoDate } from "@/lib/catalogue/text";
import type { LatestCheck } from "@/lib/openapi/checks";
import { STANDARD_NAME, summarise, type StandardsSummary } from "@/lib/standards/result";
import { LintProblems } from "./LintProblems";
import { StandardsTable } from "./StandardsTable";

const rules = (n: number) => `${n} rule${n === 1 ? "" : "s"}`;

/** The score, or why there is none, and how many rules it rests on. */
function Score({ summary }: { summary: StandardsSummary }) {
  const against = <>Checked against the {STANDARD_NAME}</>;
  if (summary.legacy) {
    return (
      <p className="mb-4">
        {against} as they were checked before, it scored <strong>{summary.score} out of 100</strong>. Add or fetch the description again to check it with the current rules.
      </p>
    );
  }
  const applied = `${summary.applied} of ${summary.total} rules applied to it`;
  if (summary.score === null) {
    return (
      <p className="mb-4">
        {against}, there is <strong>not enough to score</strong>: only {applied}, and a score needs at least {summary.minimum}. The table shows the result of each rule.
      </p>
    );
  }
  return (
    <p className="mb-4">
      {against}, it scores <strong>{summary.score} out of 100</strong>. {applied}. Requirements (what the standard mandates, or says must be done) count three times as much as
      advice.
    </p>
  );
}

/** Which rules could not be checked because references could not be followed, and what to do. */
function Unresolved({ summary }: { summary: StandardsSummary }) {
  if (!summary.unchecked) return null;
  const titles = summary.rows.filter((r) => r.outcome === "unchecked").map((r) => r.title);
  return (
    <InsetText>
      <p className="mb-2">
        {summary.unresolvedRefs === 1 ? "One reference ($ref) in this description points" : `${summary.unresolvedRefs} references ($ref) in this description point`} to
        another file or a place that is not there, so {rules(summary.unchecked)} could not be checked: {titles.join("; ")}. They count as not met, so the score is no higher than
        the whole description would get.
      </p>
      <p>Add the description again with all its files, or bundled into one file. The linter’s problems below give the line of each reference.</p>
    </InsetText>
  );
}

/**
 * What the check of one OpenAPI description found: the GDS standards point by point, then the
 * lint problems. `subject` names the revision in sentences ("The latest description", "This version").
 */
export function SpecCheck({ check, subject = "The latest description", headingLevel = 3 }: { check: LatestCheck; subject?: string; headingLevel?: 2 | 3 }) {
  const arrived = `${isoDate(check.createdAt)}${check.origin ? ` from ${check.origin}` : ""}`;
  if (check.status === "refused") {
    return <p className="mb-4">{subject} (arrived {arrived}) could not be used: {check.error}</p>;
  }
  if (check.status !== "checked" || !check.standards) {
    return <p className="mb-4">{subject} (arrived {arrived}) has not been checked yet.</p>;
  }
  const summary = summarise(check.standards, { servesDataset: check.servesDataset });
  return (
    <>
      <p className="mb-4">
        {subject} is {check.specVersion}, arrived {arrived}.
      </p>
      <Score summary={summary} />
      <Unresolved summary={summary} />
      <StandardsTable summary={summary} />
      <LintProblems check={check} headingLevel={headingLevel} />
    </>
  );
}
