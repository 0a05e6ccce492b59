import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { EDGE, NODE, type MapPayload } from "./map-payload";
import { fillGraph, selectionIn, styleEdge, styleNode, type EdgeData, type NodeData } from "./map-payload-graph";
import { DIMMED_COLOUR, HIGHLIGHT_COLOUR } from "./map-style";

const payload: MapPayload = {
  key: "",
  organisations: [["hmrc", "HMRC"]],
  nodes: [
    ["a", "A", 0, 0, 0, 4, 0],
    ["b", "B", 1, 0, 0, 4, NODE.highlighted],
    ["c", "C", 2, 0, 0, 4, 0],
  ],
  edges: [
    [0, 1, 0, 0, 1],
    [1, 2, 0, EDGE.personalData, 1],
  ],
};
const graph = () => fillGraph(new Graph<NodeData, EdgeData>({ multi: true, type: "directed" }), payload);

describe("the map's selection styling", () => {
  it("marks the selected system, labels its neighbours and dims the rest and their lines", () => {
    const g = graph();
    const selection = selectionIn(g, "a", false);
    expect(styleNode(selection, "a", g.getNodeAttributes("a"))).toMatchObject({ highlighted: true, forceLabel: true, color: HIGHLIGHT_COLOUR });
    expect(styleNode(selection, "b", g.getNodeAttributes("b"))).toMatchObject({ forceLabel: true, label: "B" });
    expect(styleNode(selection, "c", g.getNodeAttributes("c"))).toMatchObject({ color: DIMMED_COLOUR, label: "" });
    const [ab, bc] = g.edges();
    expect(styleEdge(selection, ab!, g.getEdgeAttributes(ab!)).color).not.toBe(DIMMED_COLOUR);
    expect(styleEdge(selection, bc!, g.getEdgeAttributes(bc!))).toMatchObject({ color: DIMMED_COLOUR, label: undefined });
  });

  it("highlights flagged systems when nothing is selected, and ignores a selection not on this map", () => {
    const g = graph();
    const selection = selectionIn(g, "elsewhere", true);
    expect(selection.chosen).toBeUndefined();
    expect(styleNode(selection, "b", g.getNodeAttributes("b")).color).toBe(HIGHLIGHT_COLOUR);
    expect(styleNode(selection, "a", g.getNodeAttributes("a")).color).toBe(DIMMED_COLOUR);
    expect(styleNode(selectionIn(g, undefined, false), "a", g.getNodeAttributes("a"))).toEqual(g.getNodeAttributes("a"));
  });
});
