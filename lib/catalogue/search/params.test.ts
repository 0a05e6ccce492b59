import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./params";

describe("search parameters in the URL", () => {
  it("reads a shared search back exactly", () => {
    const params = parseSearchParams({ q: "tax", organisation: ["hm-revenue-customs", "dvla"], lifecycle: "live", spec: "yes", page: "3", sort: "updated" });
    expect(params).toMatchObject({ q: "tax", organisation: ["hm-revenue-customs", "dvla"], lifecycle: ["live"], spec: "yes", page: 3, sort: "updated" });
    expect(parseSearchParams(Object.fromEntries(new URL(`http://x${searchHref(params)}`).searchParams.entries()))).toMatchObject({ q: "tax", sort: "updated", page: 3 });
    expect(searchHref(params)).toBe("/apis?q=tax&organisation=hm-revenue-customs&organisation=dvla&lifecycle=live&spec=yes&sort=updated&page=3");
  });

  it("falls back to defaults for anything unusable, never throwing", () => {
    const params = parseSearchParams({ page: "-4", sort: "bogus", lifecycle: ["live", "nonsense"], spec: "maybe", organisation: "<script>" });
    expect(params).toMatchObject({ page: 1, sort: "name", lifecycle: ["live"], organisation: [] });
    expect(params.spec).toBeUndefined();
  });

  it("sorts by relevance when there is a query and by name when there is none", () => {
    expect(parseSearchParams({ q: "x" }).sort).toBe("relevance");
    expect(parseSearchParams({ sort: "relevance" }).sort).toBe("name");
  });

  it("leaves defaults out of links and resets to page 1 on change", () => {
    const params = parseSearchParams({ q: "tax", page: "2" });
    expect(searchHref(params, { page: 1 })).toBe("/apis?q=tax");
    expect(searchHref(parseSearchParams({}))).toBe("/apis");
  });
});
