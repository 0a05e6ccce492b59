import { describe, expect, it } from "vitest";
import { facetsFrom, type FacetCount } from "./facets";

const counts: FacetCount[] = [
  { filter: "organisation", value: "hmrc", label: "HM Revenue and Customs", count: 5 },
  { filter: "organisation", value: "dvla", label: "Driver and Vehicle Licensing Agency", count: 5 },
  { filter: "spec", value: "yes", count: 3 },
  { filter: "spec", value: "no", count: 7 },
  { filter: "total", value: "", count: 10 },
];

describe("facet counts", () => {
  it("lists each filter's values, most APIs first, then by name, and takes the total as counted", () => {
    const { facets, total } = facetsFrom(counts);
    expect(total).toBe(10);
    expect(facets.organisation).toEqual([
      { value: "dvla", label: "Driver and Vehicle Licensing Agency", count: 5 },
      { value: "hmrc", label: "HM Revenue and Customs", count: 5 },
    ]);
    expect(facets.spec).toEqual([{ value: "no", count: 7 }, { value: "yes", count: 3 }]);
    expect(facets.lifecycle).toEqual([]);
  });

  it("gives a total of nothing when nothing was counted", () => {
    expect(facetsFrom([]).total).toBe(0);
  });
});
