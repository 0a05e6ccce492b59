import { describe, expect, it } from "vitest";
import { evaluate, evaluateCriterion, meets, nameList, type Answers, type EvidenceItem, type Facts } from "./levels";
import { nextSteps } from "./next-steps";
import { criteriaFor, type Criterion, type Level, type MeasureKey, type Threshold } from "./model";

const NOW = new Date("2026-12-05T12:00:00Z");
const items = (yes: number, no: number, excluded = 0): EvidenceItem[] => [
  ...Array.from({ length: yes }, (_, i) => ({ name: `Yes ${i + 1}`, state: "yes" as const })),
  ...Array.from({ length: no }, (_, i) => ({ name: `No ${i + 1}`, state: "no" as const })),
  ...Array.from({ length: excluded }, (_, i) => ({ name: `Out ${i + 1}`, state: "excluded" as const })),
];
const facts = (overrides: Partial<Facts> = {}) => overrides as Facts;
const automatic = (measure: MeasureKey, threshold: Threshold, level: Level = 1, whenNone: "fail" | "not-applicable" = "fail"): Criterion => ({
  id: `t.api.${level}.${measure}.${threshold.kind}`,
  scope: "organisation",
  dimension: "api",
  level,
  kind: "automatic",
  measure,
  threshold,
  whenNone,
  text: "test",
});

describe("thresholds at their edges", () => {
  it.each<[string, Threshold, number, number, boolean]>([
    ["more than half: 5 of 10 is not", { kind: "more-than-share", share: 0.5 }, 5, 5, false],
    ["more than half: 6 of 10 is", { kind: "more-than-share", share: 0.5 }, 6, 4, true],
    ["more than half: 1 of 1 is", { kind: "more-than-share", share: 0.5 }, 1, 0, true],
    ["more than half: 0 of 0 is not", { kind: "more-than-share", share: 0.5 }, 0, 0, false],
    ["all: 10 of 10", { kind: "all" }, 10, 0, true],
    ["all: 9 of 10 is not", { kind: "all" }, 9, 1, false],
    ["at least 1: 1 of 11", { kind: "at-least", count: 1 }, 1, 10, true],
    ["at least 1: 0 of 11 is not", { kind: "at-least", count: 1 }, 0, 11, false],
    ["at least 2: 1 is not", { kind: "at-least", count: 2 }, 1, 0, false],
  ])("%s", (_, threshold, yes, no, expected) => {
    expect(meets(threshold, yes, no)).toBe(expected);
  });
});

describe("a criterion's outcome", () => {
  const majority = automatic("system-has-api", { kind: "more-than-share", share: 0.5 });
  it.each<[string, Criterion, EvidenceItem[], string, string | null]>([
    ["passes above its threshold, counting only counted items", majority, items(2, 1, 5), "pass", null],
    ["fails at its threshold, naming what falls short", majority, items(2, 2), "fail", "2 of 4 systems have no API in the catalogue: No 1, No 2."],
    ["with one shortfall uses the singular", majority, items(1, 1), "fail", "1 of 2 systems has no API in the catalogue: No 1."],
    ["fails with nothing to count when it must", majority, [], "fail", "There are no systems yet."],
    ["is not applicable with nothing to count when it may be", automatic("api-oauth-internal", { kind: "all" }, 1, "not-applicable"), items(0, 0, 2), "not-applicable", null],
  ])("%s", (_, criterion, evidence, outcome, shortfall) => {
    const result = evaluateCriterion(criterion, facts({ [(criterion as { measure: MeasureKey }).measure]: evidence }), {}, NOW);
    expect([result.outcome, result.shortfall]).toEqual([outcome, shortfall]);
  });

  it("names at most ten items, then says how many more", () => {
    expect(nameList(Array.from({ length: 13 }, (_, i) => `S${i + 1}`))).toBe("S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 and 3 more");
  });

  const failing = automatic("system-has-api", { kind: "all" });
  const exemption = (expiresAt: string) => ({ exemptions: { [failing.id]: { reason: "Legacy system being replaced", expiresAt, approvedBy: "assessor" } } });
  it.each<[string, Answers, string]>([
    ["an exemption before its expiry makes it exempt", exemption("2026-12-06T00:00:00Z"), "exempt"],
    ["an exemption at its expiry no longer counts", exemption("2026-12-05T12:00:00Z"), "fail"],
    ["an exemption after its expiry no longer counts", exemption("2026-11-30T00:00:00Z"), "fail"],
    ["with no exemption it fails", {}, "fail"],
  ])("%s", (_, answers, outcome) => {
    const result = evaluateCriterion(failing, facts({ "system-has-api": items(0, 3) }), answers, NOW);
    expect(result.outcome).toBe(outcome);
    expect(result.computed).toBe("fail");
  });

  const attestedCriterion = criteriaFor("organisation").find((c) => c.kind === "attested")!;
  it.each<[string, Answers, string]>([
    ["awaits evidence when none is given", {}, "awaiting-evidence"],
    ["awaits an assessor when evidence is submitted", { attestations: { [attestedCriterion.id]: { status: "submitted", text: "We do", links: [] } } }, "awaiting-evidence"],
    ["awaits evidence again when it is returned", { attestations: { [attestedCriterion.id]: { status: "returned", text: "We do", links: [] } } }, "awaiting-evidence"],
    ["holds when an assessor accepts it", { attestations: { [attestedCriterion.id]: { status: "accepted", text: "We do", links: ["https://example.gov.uk"] } } }, "accepted"],
  ])("attested: %s", (_, answers, outcome) => {
    expect(evaluateCriterion(attestedCriterion, facts(), answers, NOW).outcome).toBe(outcome);
  });
});

describe("levels are cumulative", () => {
  const one = automatic("system-described", { kind: "at-least", count: 1 }, 1);
  const two = automatic("system-has-api", { kind: "all" }, 2);
  const three = automatic("api-has-spec", { kind: "all" }, 3);
  const reached = (f: Partial<Facts>, answers: Answers = {}) => evaluate("organisation", facts(f), answers, NOW, [one, two, three]).dimensions.find((d) => d.key === "api")!.reached;
  it.each<[string, Partial<Facts>, Answers, number]>([
    ["every level holds: level 3", { "system-described": items(1, 0), "system-has-api": items(2, 0), "api-has-spec": items(2, 0) }, {}, 3],
    ["level 2 fails: level 1 even though level 3 holds", { "system-described": items(1, 0), "system-has-api": items(1, 1), "api-has-spec": items(2, 0) }, {}, 1],
    ["level 1 fails: nothing reached, whatever holds above", { "system-described": items(0, 3), "system-has-api": items(3, 0), "api-has-spec": items(2, 0) }, {}, 0],
    ["nothing to count where something must be fails the level", { "system-described": items(1, 0), "system-has-api": [], "api-has-spec": items(1, 0) }, {}, 1],
    [
      "an exemption lets the level count until it expires",
      { "system-described": items(1, 0), "system-has-api": items(1, 1), "api-has-spec": items(1, 0) },
      { exemptions: { [two.id]: { reason: "Being replaced", expiresAt: "2027-01-01T00:00:00Z", approvedBy: "assessor" } } },
      3,
    ],
  ])("%s", (_, f, answers, level) => {
    expect(reached(f, answers)).toBe(level);
  });

  it("is not applicable when a criterion says so and there is nothing to count", () => {
    const twoOptional = { ...two, whenNone: "not-applicable" as const };
    const grid = evaluate("organisation", facts({ "system-described": items(1, 0), "api-has-spec": items(0, 1) }), {}, NOW, [one, twoOptional, three]);
    expect(grid.dimensions.find((d) => d.key === "api")!.reached).toBe(2);
  });

  it("says what stands between each level and the next, naming the records", () => {
    const grid = evaluate("organisation", facts({ "system-described": items(1, 0), "system-has-api": items(1, 2), "api-has-spec": items(0, 1) }), {}, NOW, [one, two, three]);
    const api = nextSteps(grid).find((s) => s.dimension === "api")!;
    expect(api).toMatchObject({ reached: 1, next: 2, steps: [{ criterionId: two.id, action: "2 of 3 systems have no API in the catalogue: No 1, No 2." }] });
  });
});

describe("a grid as data", () => {
  it("survives being kept as JSON, as an assessment snapshot keeps it", () => {
    const answers: Answers = { exemptions: { "organisation.api.1.system-has-api.at-least": { reason: "Being replaced", expiresAt: "2027-01-01T00:00:00Z", approvedBy: "assessor" } } };
    const grid = evaluate("organisation", facts({ "system-described": items(2, 1), "system-has-api": items(0, 3) }), answers, NOW);
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
    expect(grid.evaluatedAt).toBe("2026-12-05T12:00:00.000Z");
    expect(grid.dimensions.map((d) => d.reached)).toEqual([1, 1, 0, 0, 0]);
  });
});
