import { describe, expect, it } from "vitest";
import { countFacets, type FacetGroup } from "./facets";
import { parseSearchParams } from "./params";

const groups: FacetGroup[] = [
  { organisation: "dvla", lifecycle: "live", visibility: "public", auth: "api-key", spec: "yes", score: "high", count: 3 },
  { organisation: "dvla", lifecycle: "beta", visibility: "public", auth: "none", spec: "no", score: "unchecked", count: 2 },
  { organisation: "hmrc", lifecycle: "live", visibility: "public", auth: "oauth2", spec: "no", score: "unchecked", count: 5 },
];
const labels = new Map([["dvla", "Driver and Vehicle Licensing Agency"]]);

describe("facet counts", () => {
  it("counts everything when nothing is chosen", () => {
    const { facets, total } = countFacets(groups, parseSearchParams({}), labels);
    expect(total).toBe(10);
    expect(facets.organisation).toEqual([{ value: "dvla", label: "Driver and Vehicle Licensing Agency", count: 5 }, { value: "hmrc", count: 5 }]);
    expect(facets.spec).toEqual([{ value: "no", count: 7 }, { value: "yes", count: 3 }]);
    expect(facets.score).toEqual([{ value: "unchecked", count: 7 }, { value: "high", count: 3 }]);
  });

  it("counts each filter with the others applied but not itself", () => {
    const { facets, total } = countFacets(groups, parseSearchParams({ organisation: "dvla", lifecycle: "live" }), labels);
    expect(total).toBe(3);
    expect(facets.organisation.map((f) => [f.value, f.count])).toEqual([["hmrc", 5], ["dvla", 3]]);
    expect(facets.lifecycle).toEqual([{ value: "live", count: 3 }, { value: "beta", count: 2 }]);
    expect(facets.auth).toEqual([{ value: "api-key", count: 3 }]);
  });
});
