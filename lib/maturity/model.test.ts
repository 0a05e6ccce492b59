import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIMENSIONS, LEVELS, MEASURES, MODEL, ORGANISATION_CRITERIA, SYSTEM_CRITERIA, thresholdText } from "./model";

const reference = readFileSync(join(process.cwd(), "..", "shared", "reference", "reference-architecture-for-government-data-and-apis.md"), "utf8")
  .replace(/<[^>]+>/g, " ")
  .replace(/\s+/g, " ");

describe("the maturity model as data", () => {
  it("quotes every cell of the reference architecture's table word for word", () => {
    expect(MODEL.map((d) => d.key)).toEqual([...DIMENSIONS]);
    for (const d of MODEL) {
      expect(reference, d.key).toContain(d.title);
      for (const level of LEVELS) for (const quote of d.cells[level]) expect(reference, `${d.key} ${level}`).toContain(quote);
    }
  });

  it.each([
    ["organisation", ORGANISATION_CRITERIA],
    ["system", SYSTEM_CRITERIA],
  ])("breaks every cell into criteria for the %s scope, each with a unique id", (scope, criteria) => {
    for (const d of DIMENSIONS) for (const level of LEVELS) expect(criteria.filter((c) => c.dimension === d && c.level === level).length, `${d} ${level}`).toBeGreaterThan(0);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
    for (const c of criteria) {
      expect(c.scope).toBe(scope);
      if (c.kind === "automatic") expect(MEASURES[c.measure]).toBeDefined();
      else expect(c.asks.length).toBeGreaterThan(20);
    }
  });

  it("states each threshold in words", () => {
    expect(thresholdText({ kind: "more-than-share", share: 0.5 })).toBe("more than half (over 50%)");
    expect(thresholdText({ kind: "more-than-share", share: 0.75 })).toBe("more than 75%");
    expect(thresholdText({ kind: "all" })).toBe("all of them (100%)");
    expect(thresholdText({ kind: "at-least", count: 1 })).toBe("at least 1");
  });
});
