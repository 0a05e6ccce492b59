import type Graph from "graphology";
import type Sigma from "sigma";
import { styleEdge, styleNode, type EdgeData, type NodeData, type Selection } from "@/lib/estate/map-payload-graph";

/**
 * Starts the page's one Sigma renderer on `map`, styled by the selection `selection()` returns
 * (read by its reducers, so restyling is one refresh and a new graph is styled as it is drawn).
 */
export function startRenderer(SigmaClass: typeof Sigma, graph: Graph<NodeData, EdgeData>, map: HTMLElement, selection: () => Selection): Sigma<NodeData, EdgeData> {
  const s = new SigmaClass<NodeData, EdgeData>(graph, map, {
    nodeReducer: (key, data) => styleNode(selection(), key, data),
    edgeReducer: (key, data) => styleEdge(selection(), key, data),
    renderEdgeLabels: true,
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: 8,
    // Thousands of lines redrawn per frame make panning and zooming lag: they (and labels) come back when it stops.
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
  });
  // Sigma follows the window's size, not its container's: the selected system's panel narrows the map.
  const resized = new ResizeObserver(() => {
    const { width, height } = s.getDimensions();
    if (map.offsetWidth !== width || map.offsetHeight !== height) s.scheduleRefresh();
  });
  resized.observe(map);
  s.on("kill", () => resized.disconnect());
  let renders = 0;
  // Read by bench/map.ts: how many frames drawn, and when (by the page's clock) the last was.
  s.on("afterRender", () => {
    map.setAttribute("data-rendered-at", performance.now().toFixed(1));
    map.setAttribute("data-renders", String(++renders));
  });
  return s;
}
