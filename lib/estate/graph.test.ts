import { describe, expect, it } from "vitest";
import { drawnView } from "./clusters";
import { buildEstateGraph, dataSetView, estateView, highlighted } from "./graph";
import { smallEstate } from "./graph-fixture";
import { parseMapQuery } from "./map-query";

const ids = (g: { nodes(): string[] }) => g.nodes().sort();
const edges = (g: { edges(): string[] }) => g.edges().sort();
const view = (query: Record<string, string | string[]>) => estateView(smallEstate(), parseMapQuery(query)).graph;

describe("building the estate's graph", () => {
  it("makes systems nodes and connections edges from sender to receiver", () => {
    const graph = buildEstateGraph(smallEstate());
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(7);
    expect([graph.source("c1"), graph.target("c1")]).toEqual(["s-vehicles", "s-tax"]);
  });

  it("leaves out a connection whose other end the viewer cannot see", () => {
    const estate = smallEstate();
    estate.systems = estate.systems.filter((s) => s.slug !== "pensions");
    expect(buildEstateGraph(estate).hasEdge("c5")).toBe(false);
  });

  it("marks systems with no API and with no documented connection, for the highlights", () => {
    const graph = buildEstateGraph(smallEstate());
    const q = parseMapQuery({ highlight: ["no-api", "no-connection"] });
    expect(graph.filterNodes((_id, node) => highlighted(node, q))).toEqual(["s-lonely"]);
    expect(graph.filterNodes((_id, node) => highlighted(node, parseMapQuery({})))).toEqual([]);
  });
});

describe("views", () => {
  it("shows the whole estate by default", () => {
    expect(view({}).order).toBe(7);
  });

  it("shows one organisation's systems with those at the other end of their connections", () => {
    const g = view({ view: "organisation", focus: "dvla" });
    expect(ids(g)).toEqual(["s-customs", "s-drivers", "s-tax", "s-vehicles"]);
    expect(edges(g)).toEqual(["c1", "c2", "c6", "c7"]);
  });

  it("reaches one, two or three connections from a system, either direction", () => {
    expect(ids(view({ view: "system", focus: "benefits" }))).toEqual(["s-benefits", "s-pensions", "s-tax"]);
    expect(ids(view({ view: "system", focus: "benefits", depth: "2" }))).toEqual(["s-benefits", "s-customs", "s-drivers", "s-pensions", "s-tax", "s-vehicles"]);
    expect(edges(view({ view: "system", focus: "pensions", depth: "2" }))).toEqual(["c3", "c5"]);
    expect(view({ view: "system", focus: "pensions", depth: "3" }).order).toBe(6);
  });

  it("shows nothing for a system the viewer cannot see", () => {
    expect(view({ view: "system", focus: "nowhere" }).order).toBe(0);
  });
});

describe("filters", () => {
  it("keeps only the chosen organisations' systems and the connections between them", () => {
    const g = view({ organisation: ["dvla", "hmrc"] });
    expect(g.order).toBe(4);
    expect(edges(g)).toEqual(["c1", "c2", "c4", "c6", "c7"]);
  });

  it("filters connections by technology, open standard, personal data, lifecycle and confirmation", () => {
    expect(edges(view({ technology: "soap-xml" }))).toEqual(["c2"]);
    expect(edges(view({ technology: ["soap-xml", "messaging"] }))).toEqual(["c2", "c4"]);
    expect(edges(view({ openStandard: "no" }))).toEqual(["c2"]);
    expect(edges(view({ personalData: "yes" }))).toEqual(["c3"]);
    expect(edges(view({ lifecycle: "beta" }))).toEqual(["c7"]);
    expect(edges(view({ confirmation: ["unconfirmed", "disputed"] }))).toEqual(["c2", "c5"]);
  });

  it("applies the filters before walking a neighbourhood", () => {
    expect(ids(view({ view: "system", focus: "tax", depth: "2", confirmation: "confirmed", technology: "rest-json" }))).toEqual(["s-benefits", "s-drivers", "s-tax", "s-vehicles"]);
  });
});

describe("collapsing organisations past a readable size", () => {
  const graph = buildEstateGraph(smallEstate());
  const { organisations } = smallEstate();

  it("draws every system while the view is small enough", () => {
    const drawn = drawnView(graph, organisations, [], 7);
    expect(drawn.collapsed).toBe(0);
    expect(drawn.nodes).toHaveLength(7);
    expect(drawn.edges.every((e) => e.kind === "connection")).toBe(true);
  });

  it("collapses each organisation into one node, with connections between them counted", () => {
    const drawn = drawnView(graph, organisations, [], 6);
    expect(drawn.nodes.map((n) => [n.key, n.kind === "organisation" ? n.systems : 1])).toEqual([
      ["organisation:dvla", 2],
      ["organisation:hmrc", 2],
      ["organisation:dwp", 3],
    ]);
    const dvla = drawn.nodes.find((n) => n.key === "organisation:dvla");
    expect(dvla?.kind === "organisation" && dvla.connectionsWithin).toBe(1);
    expect(drawn.edges.map((e) => [e.key, e.kind === "bundle" ? e.count : 0])).toEqual([
      ["organisation:dvla|organisation:hmrc", 3],
      ["organisation:dwp|organisation:hmrc", 1],
    ]);
  });

  it("expands the organisations asked for, or all of them", () => {
    const drawn = drawnView(graph, organisations, ["dvla"], 6);
    expect(drawn.nodes.map((n) => n.key).sort()).toEqual(["drivers", "organisation:dwp", "organisation:hmrc", "vehicles"]);
    expect(drawn.edges.find((e) => e.key === "c6")).toMatchObject({ kind: "connection", source: "vehicles", target: "drivers" });
    expect(drawn.edges.find((e) => e.key === "drivers|organisation:hmrc")).toMatchObject({ count: 2 });
    expect(drawnView(graph, organisations, "all", 6).nodes).toHaveLength(7);
  });
});

describe("a core data set's flows", () => {
  it("shows the systems holding it and the connections that keep copies in step, as the filters let through", () => {
    const holdings = [
      { systemId: "s-tax", connectionId: null },
      { systemId: "s-benefits", connectionId: "c3" },
      { systemId: "s-customs", connectionId: "c4" },
      { systemId: "s-lonely", connectionId: null },
    ];
    expect(parseMapQuery({ view: "data-set", focus: "tax-codes" })).toMatchObject({ view: "data-set", focus: "tax-codes" });
    const graph = dataSetView(view({}), holdings);
    expect(ids(graph)).toEqual(["s-benefits", "s-customs", "s-lonely", "s-tax"]);
    expect(edges(graph)).toEqual(["c3", "c4"]);
    // Filtered to messaging, the copy kept in step by REST loses its connection but is still a holder.
    expect(edges(dataSetView(view({ technology: "messaging" }), holdings))).toEqual(["c4"]);
  });
});
