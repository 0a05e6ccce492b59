/**
 * What stands between each dimension's level and the next: the criteria of the next level that do
 * not hold yet, each with the records it names, so a team knows what to do first.
 */
import { HOLDS, type CriterionResult, type Grid } from "./levels";
import type { DimensionKey, Level } from "./model";

export type Step = { criterionId: string; criterion: string; action: string };
export type NextSteps = { dimension: DimensionKey; title: string; reached: 0 | Level; next: Level | null; quotes: string[]; steps: Step[] };

function action(c: CriterionResult): string {
  if (c.kind === "automatic") return c.shortfall ?? c.summary;
  if (c.attestation?.status === "submitted") return "Evidence has been given; an assessor has still to review it.";
  if (c.attestation?.status === "returned") return `Answer the assessor and give the evidence again. ${c.asks}`;
  return `Give evidence. ${c.asks}`;
}

export function nextSteps(grid: Grid): NextSteps[] {
  return grid.dimensions.map((d) => {
    const next = d.reached === 3 ? null : ((d.reached + 1) as Level);
    const level = next ? d.levels[next - 1]! : null;
    const steps = (level?.criteria ?? []).filter((c) => !HOLDS.has(c.outcome)).map((c) => ({ criterionId: c.id, criterion: c.text, action: action(c) }));
    return { dimension: d.key, title: d.title, reached: d.reached, next, quotes: level?.quotes ?? [], steps };
  });
}
