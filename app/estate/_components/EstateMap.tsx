"use client";

import type Graph from "graphology";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type Sigma from "sigma";
import { NODE, type MapPayload } from "@/lib/estate/map-payload";
import { fillGraph, neighboursByName, selectionIn, type EdgeData, type NodeData, type Selection } from "@/lib/estate/map-payload-graph";
import { SelectedPanel } from "./SelectedPanel";
import { startRenderer } from "./start-renderer";

type Props = { drawn: string; selected?: string; highlighting: boolean };
type Walk = { anchor?: string; neighbours: string[]; at: number };

// Sigma and graphology start loading as soon as this module runs in the browser, alongside hydration rather than after it.
const renderer = typeof window === "undefined" ? undefined : Promise.all([import("sigma"), import("graphology")]);

const withParams = (change: (p: URLSearchParams) => void) => {
  const params = new URLSearchParams(window.location.search);
  change(params);
  return `${window.location.pathname}?${params}`;
};

/**
 * The map: Sigma (WebGL) loaded only in the browser, ONE renderer for the page's life — a new
 * view swaps its graph in (setGraph) and selection restyles it (reducers) — and a keyboard walk
 * between neighbours, announced in a live region.
 */
export function EstateMap({ drawn, selected: initial, highlighting }: Props) {
  const router = useRouter();
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeData, EdgeData> | null>(null);
  const [graph, setGraph] = useState<Graph<NodeData, EdgeData> | null>(null);
  const [selected, setSelected] = useState(initial);
  const [walk, setWalk] = useState<Walk>({ neighbours: [], at: -1 });
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  // The view on the map now, or being fetched: a view chosen on the map is drawn straight from the click, before the page's server-rendered parts catch up.
  const shown = useRef<string | null>(null);
  const pending = useRef("");
  // Read by the reducers, set once with the renderer: restyling is one refresh, and a new view is styled in the same pass that draws it.
  const wanted = useRef({ selected: initial, highlighting });
  const selection = useRef<Selection>({ near: new Set(), highlighting });

  /** Fetches a view's payload and swaps it into the one renderer; `then` runs once it has painted. */
  function draw(search: string, then?: () => void) {
    pending.current = search;
    setState("loading");
    Promise.all([renderer!, fetch(`/estate/data?${search}`).then((r) => (r.ok ? (r.json() as Promise<MapPayload>) : Promise.reject(new Error(`${r.status}`))))])
      .then(([[{ default: SigmaClass }, { default: GraphClass }], payload]) => {
        if (pending.current !== search || !container.current) return;
        shown.current = payload.key;
        performance.mark(`estate-data:${payload.key}`);
        const next = fillGraph(new GraphClass<NodeData, EdgeData>({ multi: true, type: "directed" }), payload);
        performance.mark(`estate-graph:${payload.key}`);
        selection.current = selectionIn(next, wanted.current.selected, wanted.current.highlighting);
        if (sigma.current) sigma.current.setGraph(next);
        else sigma.current = startRenderer(SigmaClass, next, container.current, () => selection.current);
        performance.mark(`estate-drawn:${payload.key}`);
        // Marked once the frame holding the drawing has painted (a task queued from a frame callback runs after it).
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark(`estate-painted:${payload.key}`);
            container.current?.setAttribute("data-drawn", payload.key);
            then?.();
          }),
        );
        setGraph(next);
        setState("ready");
      })
      // A renderer that cannot start here (no WebGL) fails the same way as data that cannot be fetched.
      .catch(() => pending.current === search && setState("failed"));
  }

  useEffect(() => {
    if (shown.current !== drawn) draw(drawn);
  }, [drawn]);

  /** Shows another view chosen on the map: the map first, then the page's server-rendered parts (summary, forms) without remounting the map. */
  function show(href: string) {
    const url = new URL(href, window.location.href);
    window.history.pushState(null, "", url);
    draw(url.searchParams.toString(), () => router.replace(`${url.pathname}${url.search}`, { scroll: false }));
  }

  useEffect(() => () => sigma.current?.kill(), []);

  useEffect(() => {
    wanted.current = { selected, highlighting };
    const s = sigma.current;
    if (!s) return;
    selection.current = selectionIn(s.getGraph(), selected, highlighting);
    s.refresh({ schedule: true });
  }, [selected, highlighting]);

  useEffect(() => {
    const s = sigma.current;
    if (!s || !graph) return;
    const onClick = ({ node }: { node: string }) => choose(node, { anchor: node, neighbours: neighboursByName(graph, node), at: -1 });
    s.on("clickNode", onClick);
    return () => void s.off("clickNode", onClick);
  }, [graph]);

  function choose(key: string | undefined, nextWalk: Walk) {
    setSelected(key);
    setWalk(nextWalk);
    window.history.replaceState(null, "", withParams((p) => (key ? p.set("selected", key) : p.delete("selected"))));
    if (key && sigma.current && graph?.hasNode(key)) {
      const at = sigma.current.getNodeDisplayData(key);
      if (at) void sigma.current.getCamera().animate({ x: at.x, y: at.y }, { duration: 200 });
    }
  }

  function open(key: string) {
    if ((graph?.getNodeAttribute(key, "flags") ?? 0) & NODE.organisation) show(withParams((p) => p.append("expand", key.replace(/^organisation:/, ""))));
    else router.push(`/systems/${key}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!graph || graph.order === 0) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (event.key === "Enter" && selected && graph.hasNode(selected)) return void (event.preventDefault(), open(selected));
    if (event.key === "Escape") return void choose(undefined, { neighbours: [], at: -1 });
    if (event.key === " " && selected && graph.hasNode(selected)) return void (event.preventDefault(), choose(selected, { anchor: selected, neighbours: neighboursByName(graph, selected), at: -1 }));
    if (!step) return;
    event.preventDefault();
    if (!walk.anchor || !walk.neighbours.length) {
      const start = selected && graph.hasNode(selected) ? selected : [...graph.nodes()].sort((a, b) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")))[0]!;
      return void choose(start, { anchor: start, neighbours: neighboursByName(graph, start), at: -1 });
    }
    const at = (walk.at + step + walk.neighbours.length) % walk.neighbours.length;
    choose(walk.neighbours[at], { ...walk, at });
  }

  const chosen = selected && graph?.hasNode(selected) ? selected : undefined;
  const announcement = chosen && graph ? announce(graph, chosen, walk) : "";
  return (
    <div className="mb-6 flex flex-col gap-4 desktop:flex-row">
      <div className="grow">
        <p id="map-keys" className="mb-2 text-base">
          Keyboard: focus the map, then use the arrow keys to move between the selected system’s neighbours, Space to move on to the neighbours of the one selected, Enter to open its page (or show an organisation’s systems), Escape to clear.
        </p>
        <div
          ref={container}
          tabIndex={0}
          role="application"
          aria-label="Estate map"
          aria-describedby="map-keys"
          aria-busy={state === "loading"}
          data-testid="estate-map"
          data-state={state}
          onKeyDown={onKeyDown}
          className="relative h-[600px] w-full border-2 border-border bg-white govuk-focus-input"
        />
        {state === "failed" ? <p className="mt-2">The map could not be drawn here. The table shows the same systems and connections.</p> : null}
        <div className="mt-2 flex gap-2">
          <button type="button" className="govuk-link underline" onClick={() => void sigma.current?.getCamera().animatedZoom()}>Zoom in</button>
          <button type="button" className="govuk-link underline" onClick={() => void sigma.current?.getCamera().animatedUnzoom()}>Zoom out</button>
          <button type="button" className="govuk-link underline" onClick={() => void sigma.current?.getCamera().animatedReset()}>Show all of the map</button>
        </div>
        <p aria-live="polite" className="sr-only" data-testid="map-announcement">{announcement}</p>
      </div>
      {chosen && graph ? <SelectedPanel graph={graph} node={chosen} onShow={show} /> : null}
    </div>
  );
}

function announce(graph: Graph<NodeData, EdgeData>, key: string, walk: Walk): string {
  const { label, organisation } = graph.getNodeAttributes(key);
  const n = graph.neighbors(key).length;
  const position = walk.anchor && walk.anchor !== key && walk.at >= 0 ? ` Neighbour ${walk.at + 1} of ${walk.neighbours.length} of ${graph.getNodeAttribute(walk.anchor, "label")}.` : "";
  return `Selected ${label}, ${organisation}. ${n} ${n === 1 ? "neighbour" : "neighbours"} on the map.${position}`;
}
