/**
 * Levels from evidence: each criterion's outcome, and per dimension the highest level whose
 * criteria, and those of every level below it, all hold (levels are cumulative). Pure: the grid it
 * returns is plain JSON, so an assessment can keep it as it was on the day.
 */
import { MEASURES, MODEL, criteriaFor, thresholdText, type AutomaticCriterion, type Criterion, type DimensionKey, type Level, type MeasureKey, type Scope, type Threshold } from "./model";

/** One system, API or connection behind a figure: whether it meets the measure, and why not. */
export type EvidenceItem = { name: string; href?: string; state: "yes" | "no" | "excluded"; note?: string };
/** What the estate shows, per measure (from lib/maturity/evidence.ts, or kept in a snapshot). */
export type Facts = Record<MeasureKey, EvidenceItem[]>;

/** A publisher's evidence for an attested criterion, and where its review stands. */
export type Attestation = { status: "submitted" | "accepted" | "returned"; text: string; links: string[] };
/**
 * An assessor's exemption, or judgement that a criterion does not apply (`notApplicable`): it holds
 * until `expiresAt` (ISO date), then the criterion counts again.
 */
export type Exemption = { reason: string; expiresAt: string; approvedBy: string; notApplicable?: boolean };
export type Answers = { attestations?: Record<string, Attestation>; exemptions?: Record<string, Exemption> };

export type Outcome = "pass" | "fail" | "not-applicable" | "exempt" | "accepted" | "awaiting-evidence";
/** The outcomes that let a level be reached. */
export const HOLDS: ReadonlySet<Outcome> = new Set(["pass", "not-applicable", "exempt", "accepted"]);

export const OUTCOME_LABELS: Record<Outcome, string> = {
  pass: "Met",
  fail: "Not met",
  "not-applicable": "Not applicable",
  exempt: "Exempt",
  accepted: "Evidence accepted",
  "awaiting-evidence": "Awaiting evidence",
};

type Tally = { yes: number; no: number; excluded: number };
export type CriterionResult = Criterion & {
  outcome: Outcome;
  /** the outcome the evidence gives, before any exemption */
  computed: Outcome;
  /** automatic: the figure in words; attested: the state of the evidence */
  summary: string;
  /** automatic: what falls short, naming the items ("3 of 11 systems have no …: A, B, C"); null when nothing does */
  shortfall: string | null;
  thresholdWords?: string;
  tally?: Tally;
  items?: EvidenceItem[];
  attestation?: Attestation;
  exemption?: Exemption;
};
export type LevelResult = { level: Level; quotes: string[]; met: boolean; criteria: CriterionResult[] };
export type DimensionResult = { key: DimensionKey; title: string; reached: 0 | Level; levels: LevelResult[] };
export type Grid = { scope: Scope; evaluatedAt: string; dimensions: DimensionResult[] };

/** The level each dimension of a grid reached (0 to 3), by dimension key. */
export function levelsOf(grid: Grid): Record<DimensionKey, number> {
  return Object.fromEntries(grid.dimensions.map((d) => [d.key, d.reached])) as Record<DimensionKey, number>;
}

/** Whether `yes` of `yes + no` counted items meet a threshold (nothing counted is for `whenNone`). */
export function meets(threshold: Threshold, yes: number, no: number): boolean {
  const total = yes + no;
  if (threshold.kind === "at-least") return yes >= threshold.count;
  if (threshold.kind === "all") return no === 0;
  return total > 0 && yes / total > threshold.share;
}

const NAMES_SHOWN = 10;
/** "A, B, C" or "A, B … and 4 more". */
export function nameList(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

function automatic(c: AutomaticCriterion, items: EvidenceItem[]): Omit<CriterionResult, keyof Criterion | "outcome"> {
  const m = MEASURES[c.measure];
  const tally: Tally = { yes: 0, no: 0, excluded: 0 };
  for (const item of items) tally[item.state]++;
  const total = tally.yes + tally.no;
  const of = (count: number) => `${count} of ${total} ${m.noun[total === 1 ? 0 : 1]}`;
  const left = tally.excluded ? `; ${tally.excluded} left out (see the evidence)` : "";
  const base = { thresholdWords: thresholdText(c.threshold), tally, items };
  if (total === 0) return { ...base, computed: c.whenNone, summary: `There are no ${m.noun[1]} to count${left}.`, shortfall: c.whenNone === "fail" ? `There are no ${m.noun[1]} yet.` : null };
  const computed: Outcome = meets(c.threshold, tally.yes, tally.no) ? "pass" : "fail";
  const failing = items.filter((i) => i.state === "no").map((i) => i.name);
  return {
    ...base,
    computed,
    summary: `${of(tally.yes)} ${m.yes[tally.yes === 1 ? 0 : 1]}${left}.`,
    shortfall: computed === "fail" && failing.length ? `${of(failing.length)} ${m.no[failing.length === 1 ? 0 : 1]}: ${nameList(failing)}.` : computed === "fail" ? `${of(tally.yes)} ${m.yes[tally.yes === 1 ? 0 : 1]}: ${thresholdText(c.threshold)} needed.` : null,
  };
}

function attestedResult(attestation: Attestation | undefined): Omit<CriterionResult, keyof Criterion | "outcome"> {
  if (attestation?.status === "accepted") return { computed: "accepted", summary: "An assessor accepted the evidence given.", shortfall: null, attestation };
  const summary = attestation?.status === "submitted" ? "Evidence given, waiting for an assessor." : attestation?.status === "returned" ? "An assessor returned the evidence given." : "No evidence has been given yet.";
  return { computed: "awaiting-evidence", summary, shortfall: null, ...(attestation ? { attestation } : {}) };
}

/** An exemption counts until its expiry; after that the criterion counts again. */
export function exemptionActive(exemption: Exemption | undefined, now: Date): exemption is Exemption {
  return exemption !== undefined && new Date(exemption.expiresAt).getTime() > now.getTime();
}

export function evaluateCriterion(c: Criterion, facts: Facts, answers: Answers, now: Date): CriterionResult {
  const found = c.kind === "automatic" ? automatic(c, facts[c.measure] ?? []) : attestedResult(answers.attestations?.[c.id]);
  const exemption = answers.exemptions?.[c.id];
  const exempt = exemptionActive(exemption, now) && !HOLDS.has(found.computed);
  return { ...c, ...found, outcome: exempt ? (exemption.notApplicable ? "not-applicable" : "exempt") : found.computed, ...(exempt ? { exemption } : {}) };
}

/** The 5 × 3 grid for a scope: every criterion judged, and each dimension's level reached. */
export function evaluate(scope: Scope, facts: Facts, answers: Answers = {}, now = new Date(), criteria: Criterion[] = criteriaFor(scope)): Grid {
  const dimensions = MODEL.map((d): DimensionResult => {
    const levels = ([1, 2, 3] as const).map((level): LevelResult => {
      const results = criteria.filter((c) => c.dimension === d.key && c.level === level).map((c) => evaluateCriterion(c, facts, answers, now));
      return { level, quotes: d.cells[level], met: results.every((r) => HOLDS.has(r.outcome)), criteria: results };
    });
    const firstUnmet = levels.findIndex((l) => !l.met);
    return { key: d.key, title: d.title, reached: (firstUnmet === -1 ? 3 : firstUnmet) as 0 | Level, levels };
  });
  return { scope, evaluatedAt: now.toISOString(), dimensions };
}
