import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, drawnQuery, mapHref, parseMapQuery } from "./map-query";

describe("the map's view in the URL", () => {
  it("reads views, filters and highlights, dropping what it does not know", () => {
    const q = parseMapQuery(new URLSearchParams("view=system&focus=tax&depth=3&technology=graphql&technology=carrier-pigeon&openStandard=no&highlight=no-api&confirmation=disputed&lifecycle=beta&organisation=hmrc"));
    expect(q).toMatchObject({ view: "system", focus: "tax", depth: 3, technology: ["graphql"], openStandard: false, highlight: ["no-api"], confirmation: ["disputed"], lifecycle: ["beta"], organisation: ["hmrc"] });
  });

  it("falls back to the whole estate and depth 1 for anything unusable", () => {
    expect(parseMapQuery({ view: "galaxy", depth: "9" })).toMatchObject({ view: "estate", depth: 1 });
    expect(parseMapQuery({ view: "system" })).toMatchObject({ view: "estate", focus: undefined });
    expect(parseMapQuery({ focus: "../../etc" }).focus).toBeUndefined();
  });

  it("writes a query back as the same URL it was read from, defaults left out", () => {
    const url = "view=organisation&focus=dvla&technology=soap-xml&highlight=no-connection&personalData=yes&expand=hmrc&selected=tax&from=a&to=b&find=tax&page=2";
    expect(mapHref(parseMapQuery(new URLSearchParams(url)))).toBe(`/estate?${url}`);
    expect(mapHref(DEFAULT_QUERY)).toBe("/estate");
    expect(mapHref(parseMapQuery({ expand: ["dvla", "all"] }), {}, "/estate/table")).toBe("/estate/table?expand=all");
  });

  it("keys what is drawn without the selection, the search or the page", () => {
    expect(drawnQuery(parseMapQuery({ technology: "graphql", selected: "tax", page: "3", find: "x" }))).toBe("technology=graphql");
  });
});
