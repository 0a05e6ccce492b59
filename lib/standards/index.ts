/**
 * The GDS API technical and data standards (v1, 2018) as Redocly plugin rules.
 *
 * Use:
 *   const config = await createConfig({ plugins: [gdsPlugin], rules: gdsRulesConfig });
 *   // (add `extends: ["recommended"]` for Redocly's own rules as well)
 *   const problems = await lintFromString({ source, config, externalRefResolver });
 *   const result = scoreStandards(problems, parsedDocument);   // what a check stores
 *   const { score, rows } = summarise(result, { servesDataset }); // what a page shows
 *
 * Redocly prefixes plugin rule ids with the plugin id, so the rule "gds-https" reports problems
 * with ruleId "gds/gds-https"; `gdsRulesConfig` already uses the prefixed ids.
 */
import type { NormalizedProblem, Plugin, Oas3Rule, Oas2Rule } from "@redocly/openapi-core";
import { getLineColLocation } from "@redocly/openapi-core";
import { GDS_RULE_OBJECTS, GDS_RULES } from "./all-rules";
import type { StandardsOutcome, StandardsResult, StandardsRow } from "./result";
import type { GdsSeverity } from "./types";

export type { GdsRule, GdsRuleMeta, GdsSeverity } from "./types";
export { GDS_RULE_OBJECTS, GDS_RULES, ruleMeta } from "./all-rules";
export * from "./result";

export const GDS_PLUGIN_ID = "gds";

/** The id a GDS rule's problems carry in Redocly output ("gds/gds-https"). */
export const redoclyRuleId = (id: string): string => `${GDS_PLUGIN_ID}/${id}`;

const ruleSet = Object.fromEntries(GDS_RULE_OBJECTS.map((r) => [r.meta.id, r.rule])) as Record<string, Oas3Rule & Oas2Rule>;

/** The Redocly plugin: the same rules for OpenAPI 3.x (oas3) and Swagger 2.0 (oas2). */
export const gdsPlugin: Plugin = { id: GDS_PLUGIN_ID, rules: { oas3: ruleSet, oas2: ruleSet } };

/** Config `rules` enabling every GDS rule at its own severity. */
export const gdsRulesConfig: Record<string, GdsSeverity> = Object.fromEntries(
  GDS_RULES.map((m) => [redoclyRuleId(m.id), m.severity]),
);

/** Redocly's rule for a $ref it could not follow (our resolver refuses every external one). */
export const UNRESOLVED_REF_RULE = "no-unresolved-refs";

/** A problem already placed in the source (as lib/openapi's ingest reports them). */
export type LocatedProblem = { ruleId: string; message: string; line: number; column: number; ignored?: boolean };

function position(p: NormalizedProblem | LocatedProblem): { line?: number; column?: number } {
  if ("line" in p) return { line: p.line, column: p.column };
  try {
    const loc = p.location[0];
    if (!loc) return {};
    const { start } = getLineColLocation(loc);
    return { line: start.line, column: start.col };
  } catch {
    return {};
  }
}

/**
 * Turns lint problems into each rule's outcome, as a check stores it.
 *
 * outcome: `not-applicable` when the rule's `applies(document)` is false (problems ignored);
 * `unchecked` when the rule needs the whole document and Redocly reported a $ref it could not
 * resolve (`no-unresolved-refs`, among `problems`); otherwise `fail` if Redocly reported any
 * problem for the rule, else `pass`. Problems the walker marked `ignored` (a
 * .redocly.lint-ignore file) do not count. The score comes from `summarise`.
 */
export function scoreStandards(problems: readonly (NormalizedProblem | LocatedProblem)[], document: unknown): StandardsResult {
  const unresolvedRefs = problems.filter((p) => p.ruleId === UNRESOLVED_REF_RULE).length;
  const rows = GDS_RULE_OBJECTS.map(({ meta, applies }): StandardsRow => {
    const own = problems.filter((p) => p.ruleId === redoclyRuleId(meta.id) && !p.ignored);
    const partial = unresolvedRefs > 0 && meta.needsWholeDocument;
    const applicable = applies(document);
    const outcome: StandardsOutcome = partial ? "unchecked" : !applicable ? "not-applicable" : own.length > 0 ? "fail" : "pass";
    return {
      ruleId: meta.id,
      point: meta.point,
      title: meta.title,
      severity: meta.severity,
      outcome,
      messages: applicable ? own.map((p) => ({ message: p.message, ...position(p) })) : [],
    };
  });
  return { format: 2, rows, unresolvedRefs };
}
