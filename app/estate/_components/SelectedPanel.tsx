"use client";

import type Graph from "graphology";
import Link from "next/link";
import type { MouseEvent } from "react";
import { useSearchParams } from "next/navigation";
import { NODE } from "@/lib/estate/map-payload";
import type { EdgeData, NodeData } from "@/lib/estate/map-payload-graph";

type Props = { graph: Graph<NodeData, EdgeData>; node: string; onShow: (href: string) => void };

/** The selected system's (or organisation's) details beside the map, with the ways on from it; another view is shown on the same map (a new tab or window opens as a link would). */
export function SelectedPanel({ graph, node, onShow }: Props) {
  const params = useSearchParams();
  const { label, organisation, flags } = graph.getNodeAttributes(node);
  const href = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(change)) if (value === null) next.delete(key); else next.set(key, value);
    return `/estate?${next}`;
  };
  // Links that change the map's view draw it straight from the click, and are not prefetched: each prefetch renders the estate on the server while the map is drawing.
  const showOnMap = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onShow(event.currentTarget.href);
  };
  const isOrganisation = Boolean(flags & NODE.organisation);
  const slug = node.replace(/^organisation:/, "");
  return (
    <aside aria-labelledby="selected-heading" className="w-full border-t-4 border-brand p-4 desktop:w-80 bg-light-grey" data-testid="selected-panel">
      <h2 id="selected-heading" className="mb-2 text-xl font-bold">{label}</h2>
      {isOrganisation ? null : <p className="mb-2">{organisation}</p>}
      <ul className="mb-4 space-y-1 text-base">
        <li>{graph.neighbors(node).length} neighbours on the map</li>
        {isOrganisation ? null : <li>{flags & NODE.noApi ? "No API in the catalogue" : "Has an API in the catalogue"}</li>}
        {flags & NODE.example ? <li>Part of the example estate</li> : null}
      </ul>
      <ul className="space-y-2">
        {isOrganisation ? (
          <li><Link className="govuk-link" href={`${href({ selected: null })}&expand=${slug}`} onClick={showOnMap} prefetch={false}>Show its systems</Link></li>
        ) : (
          <>
            <li><Link className="govuk-link" href={`/systems/${slug}`}>Open {label}’s page</Link></li>
            <li><Link className="govuk-link" href={href({ view: "system", focus: slug, depth: null, expand: null, from: null, to: null })} onClick={showOnMap} prefetch={false}>Show its neighbourhood</Link></li>
            <li><Link className="govuk-link" href={href({ from: slug, selected: null })} prefetch={false}>Find where its data goes: start a path here</Link></li>
          </>
        )}
      </ul>
    </aside>
  );
}
