/**
 * What a check against the GDS standards stores, and the score and verdicts worked out from it.
 *
 * The check stores each rule's outcome as linted (`StandardsResult`); the score depends also on
 * what the publisher says about the API (whether it serves a dataset), so it is worked out from
 * the stored rows whenever that changes, without linting again.
 */
import { ruleMeta } from "./all-rules";
import type { GdsSeverity } from "./types";

/** The standard the rules check, as pages name it (not the newer v2, whose points are numbered differently). */
export const STANDARD_NAME = "GDS API technical and data standards v1, 2018";

/** "unchecked": the rule needs the whole document and some $refs could not be resolved. */
export type StandardsOutcome = "pass" | "fail" | "not-applicable" | "unchecked";

export type StandardsMessage = { message: string; line?: number; column?: number };

export type StandardsRow = {
  ruleId: string;
  point: number | number[];
  title: string;
  severity: GdsSeverity;
  outcome: StandardsOutcome;
  /** every finding, with where it is; for an unchecked rule, what it found in the part it could see */
  messages: StandardsMessage[];
};

export type StandardsResult = { format: 2; rows: StandardsRow[]; unresolvedRefs: number };

/** Stored by checks before format 2: the score was kept with the rows and every rule counted. */
export type LegacyStandardsResult = { score: number; rows: StandardsRow[] };

export type StoredStandards = StandardsResult | LegacyStandardsResult;

export type StandardsContext = { servesDataset: boolean };

/** A row as shown: its outcome for this API, why a rule was not judged, and the standard's words. */
export type StandardsVerdict = StandardsRow & { reason?: "not-a-dataset" | "unresolved-refs"; quote?: string; fix?: string };

export type StandardsSummary = {
  /** null: fewer than `minimum` rules applied, so there is not enough to score */
  score: number | null;
  rows: StandardsVerdict[];
  /** rules that applied to this API: passed, failed or could not be checked */
  applied: number;
  total: number;
  unchecked: number;
  minimum: number;
  unresolvedRefs: number;
  /** checked before format 2: shown as stored */
  legacy: boolean;
};

/** Weight of a rule in the score: requirements ("error") count three times advice ("warn"). */
export const SEVERITY_WEIGHT: Record<GdsSeverity, number> = { error: 3, warn: 1 };

/** Fewer rules than this applying (a Swagger file with no operations) says too little to score. */
export const MINIMUM_APPLIED = 6;

const isCurrent = (stored: StoredStandards): stored is StandardsResult => (stored as StandardsResult).format === 2;

function verdict(row: StandardsRow, context: StandardsContext): StandardsVerdict {
  const meta = ruleMeta(row.ruleId);
  const words = meta ? { quote: meta.quote, fix: meta.fix } : {};
  if (meta?.datasetOnly && !context.servesDataset) return { ...row, ...words, outcome: "not-applicable", reason: "not-a-dataset", messages: [] };
  return { ...row, ...words, ...(row.outcome === "unchecked" ? { reason: "unresolved-refs" as const } : {}) };
}

/**
 * The verdicts and the score. score = round(100 × Σ weight(passed) / Σ weight(applied)); a rule
 * that could not be checked counts as applied and not passed, so a document with unresolved
 * $refs never scores more than it would with them resolved. Below MINIMUM_APPLIED, no score.
 */
export function summarise(stored: StoredStandards, context: StandardsContext): StandardsSummary {
  if (!isCurrent(stored)) {
    const rows = stored.rows.map((row) => verdict(row, { servesDataset: true }));
    const applied = rows.filter((r) => r.outcome !== "not-applicable").length;
    return { score: stored.score, rows, applied, total: rows.length, unchecked: 0, minimum: 0, unresolvedRefs: 0, legacy: true };
  }
  const rows = stored.rows.map((row) => verdict(row, context));
  let total = 0;
  let passed = 0;
  for (const row of rows) {
    if (row.outcome === "not-applicable") continue;
    total += SEVERITY_WEIGHT[row.severity];
    if (row.outcome === "pass") passed += SEVERITY_WEIGHT[row.severity];
  }
  const applied = rows.filter((r) => r.outcome !== "not-applicable").length;
  return {
    score: applied < MINIMUM_APPLIED ? null : Math.round((100 * passed) / total),
    rows,
    applied,
    total: rows.length,
    unchecked: rows.filter((r) => r.outcome === "unchecked").length,
    minimum: MINIMUM_APPLIED,
    unresolvedRefs: stored.unresolvedRefs,
    legacy: false,
  };
}

/** The stored JSON of a check's standards, in either shape; null when there is none. */
export function readStandards(json: string | null): StoredStandards | null {
  if (!json) return null;
  const parsed = JSON.parse(json) as Partial<StandardsResult & LegacyStandardsResult>;
  if (!Array.isArray(parsed.rows)) return null;
  if (parsed.format === 2) return { format: 2, rows: parsed.rows, unresolvedRefs: parsed.unresolvedRefs ?? 0 };
  return { score: typeof parsed.score === "number" ? parsed.score : 0, rows: parsed.rows };
}

/** The score a stored check comes to for an API, or null when it has none. */
export function scoreOf(json: string | null, context: StandardsContext): number | null {
  const stored = readStandards(json);
  return stored ? summarise(stored, context).score : null;
}
