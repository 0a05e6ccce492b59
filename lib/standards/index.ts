/**
 * The GDS API technical and data standards (v1, 2018) as Redocly plugin rules.
 *
 * Use:
 *   const config = await createConfig({ plugins: [gdsPlugin], rules: gdsRulesConfig });
 *   // (add `extends: ["recommended"]` for Redocly's own rules as well)
 *   const problems = await lintFromString({ source, config, externalRefResolver });
 *   const result = scoreStandards(problems, parsedDocument);
 *
 * Redocly prefixes plugin rule ids with the plugin id, so the rule "gds-https" reports problems
 * with ruleId "gds/gds-https"; `gdsRulesConfig` already uses the prefixed ids.
 */
import type { NormalizedProblem, Plugin, Oas3Rule, Oas2Rule } from "@redocly/openapi-core";
import { getLineColLocation } from "@redocly/openapi-core";
import type { GdsRule, GdsRuleMeta, GdsSeverity } from "./types";
import https from "./rules/https";
import jsonMediaTypes from "./rules/json-media-types";
import responseObjects from "./rules/response-objects";
import propertyCase from "./rules/property-case";
import utf8 from "./rules/utf8";
import versionInUrl from "./rules/version-in-url";
import deprecation from "./rules/deprecation";
import iso8601Dates from "./rules/iso8601-dates";
import geojson from "./rules/geojson";
import oauth2 from "./rules/oauth2";
import noApiKeyInQuery from "./rules/no-api-key-in-query";
import noHttpBasic from "./rules/no-http-basic";
import errorResponses from "./rules/error-responses";
import infoDescription from "./rules/info-description";
import infoContact from "./rules/info-contact";
import examples from "./rules/examples";
import bulkCsv from "./rules/bulk-csv";
import incrementalChanges from "./rules/incremental-changes";

export type { GdsRule, GdsRuleMeta, GdsSeverity } from "./types";

export const GDS_PLUGIN_ID = "gds";

/** All rules, in the order of the standard's points. */
export const GDS_RULE_OBJECTS: GdsRule[] = [
  errorResponses, https, jsonMediaTypes, responseObjects, propertyCase, utf8, oauth2, noApiKeyInQuery,
  noHttpBasic, iso8601Dates, geojson, versionInUrl, deprecation, bulkCsv, incrementalChanges,
  infoDescription, infoContact, examples,
];

export const GDS_RULES: GdsRuleMeta[] = GDS_RULE_OBJECTS.map((r) => r.meta);

/** The id a GDS rule's problems carry in Redocly output ("gds/gds-https"). */
export const redoclyRuleId = (id: string): string => `${GDS_PLUGIN_ID}/${id}`;

const ruleSet = Object.fromEntries(GDS_RULE_OBJECTS.map((r) => [r.meta.id, r.rule])) as Record<string, Oas3Rule & Oas2Rule>;

/** The Redocly plugin: the same rules for OpenAPI 3.x (oas3) and Swagger 2.0 (oas2). */
export const gdsPlugin: Plugin = { id: GDS_PLUGIN_ID, rules: { oas3: ruleSet, oas2: ruleSet } };

/** Config `rules` enabling every GDS rule at its own severity. */
export const gdsRulesConfig: Record<string, GdsSeverity> = Object.fromEntries(
  GDS_RULES.map((m) => [redoclyRuleId(m.id), m.severity]),
);

export type StandardsOutcome = "pass" | "fail" | "not-applicable";

export type StandardsRow = {
  ruleId: string;
  point: number | number[];
  title: string;
  severity: GdsSeverity;
  outcome: StandardsOutcome;
  messages: { message: string; line?: number; column?: number }[];
};

export type StandardsResult = { score: number; rows: StandardsRow[] };

/** Weight of a rule in the score: requirements ("error") count three times advice ("warn"). */
export const SEVERITY_WEIGHT: Record<GdsSeverity, number> = { error: 3, warn: 1 };

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
 * Turns lint problems into the per-rule table and a score.
 *
 * outcome: `not-applicable` when the rule's `applies(document)` is false (problems ignored);
 * otherwise `fail` if Redocly reported any problem for the rule, else `pass`.
 *
 * score = round(100 × Σ weight(passed) / Σ weight(applicable)), weight = 3 for "error" rules and
 * 1 for "warn" (advisory) rules; a rule passes or fails as a whole, however many problems it has.
 * With no applicable rule the score is 100 (nothing fell short). Problems the walker marked
 * `ignored` (a .redocly.lint-ignore file) do not count.
 */
export function scoreStandards(problems: readonly (NormalizedProblem | LocatedProblem)[], document: unknown): StandardsResult {
  let total = 0;
  let passed = 0;
  const rows = GDS_RULE_OBJECTS.map(({ meta, applies }): StandardsRow => {
    const own = problems.filter((p) => p.ruleId === redoclyRuleId(meta.id) && !p.ignored);
    const applicable = applies(document);
    const outcome: StandardsOutcome = !applicable ? "not-applicable" : own.length > 0 ? "fail" : "pass";
    if (applicable) {
      total += SEVERITY_WEIGHT[meta.severity];
      if (outcome === "pass") passed += SEVERITY_WEIGHT[meta.severity];
    }
    return {
      ruleId: meta.id,
      point: meta.point,
      title: meta.title,
      severity: meta.severity,
      outcome,
      messages: applicable ? own.map((p) => ({ message: p.message, ...position(p) })) : [],
    };
  });
  return { score: total === 0 ? 100 : Math.round((100 * passed) / total), rows };
}
