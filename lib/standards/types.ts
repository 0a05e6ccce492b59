import type { Oas2Rule, Oas3Rule } from "@redocly/openapi-core";

/** A JSON pointer path inside the root document, e.g. ["paths", "/v1/x", "get"]. */
export type DocPath = (string | number)[];

/** One shortfall found by a rule; `path` says where it is, for the line and column. */
export type Finding = { message: string; path: DocPath };

export type GdsSeverity = "error" | "warn";

/** What every rule file exports about itself (shown to publishers next to the result). */
export type GdsRuleMeta = {
  id: string;
  point: number | number[];
  title: string;
  /**
   * "error" only where the standard's own words make it a requirement (it "mandates" something,
   * or says it "must" be done); "warn" for advice (should, recommend, plain imperatives).
   */
  severity: GdsSeverity;
  fix: string;
  /** Word for word from the standard (v1, 2018); a test finds each one in the reference text. */
  quote: string;
  /**
   * True when the verdict depends on what $refs point at (operations, responses, schemas):
   * with any $ref unresolved the rule could not see the whole document, so it is not judged.
   */
  needsWholeDocument: boolean;
  /** Points 21 and 22 concern APIs that serve a dataset: they apply only when the publisher says so. */
  datasetOnly?: boolean;
};

/**
 * A GDS rule. `applies` is evaluated on the parsed (plain object) document and is how a rule
 * says "not applicable" — a rule that does not apply also finds nothing, so the lint output and
 * the score never disagree. `check` does the work on the same plain document; `rule` is the
 * Redocly rule factory that runs `check` from a Root visitor and reports each finding.
 */
export type GdsRule = {
  meta: GdsRuleMeta;
  applies: (doc: unknown) => boolean;
  check: (doc: Record<string, unknown>) => Finding[];
  rule: Oas3Rule & Oas2Rule;
};

/**
 * Builds the Redocly rule. One `Root.leave` visitor per rule: the checks need a whole-document
 * view (e.g. "one property case across all schemas", "some operation offers CSV"), and reading
 * the raw root keeps each rule the same for OpenAPI 3.x and Swagger 2.0.
 */
export function defineRule(
  meta: GdsRuleMeta,
  applies: (doc: Record<string, unknown>) => boolean,
  check: (doc: Record<string, unknown>) => Finding[],
): GdsRule {
  // Asked once in the lint walk and again when scoring the same document: answered once.
  const answers = new WeakMap<object, boolean>();
  const safeApplies = (doc: unknown): boolean => {
    if (!isObj(doc)) return false;
    let answer = answers.get(doc);
    if (answer === undefined) answers.set(doc, (answer = applies(doc)));
    return answer;
  };
  const rule = (() => ({
    Root: {
      leave(root: unknown, ctx: { report: (p: { message: string; location: unknown }) => void; location: { child: (p: DocPath) => unknown } }) {
        if (!isObj(root) || !safeApplies(root)) return;
        for (const f of check(root)) ctx.report({ message: f.message, location: ctx.location.child(f.path) });
      },
    },
  })) as unknown as Oas3Rule & Oas2Rule;
  return { meta, applies: safeApplies, check, rule };
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
