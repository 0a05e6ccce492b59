"use client";

import type Graph from "graphology";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { NODE } from "@/lib/estate/map-payload";
import type { EdgeData, NodeData } from "@/lib/estate/map-payload-graph";

/** The selected system's (or organisation's) details beside the map, with the ways on from it. */
export function SelectedPanel({ graph, node }: { graph: Graph<NodeData, EdgeData>; node: string }) {
  const params = useSearchParams();
  const { label, organisation, flags } = graph.getNodeAttributes(node);
  const href = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(change)) if (value === null) next.delete(key); else next.set(key, value);
    return `/estate?${next}`;
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
          <li><Link className="govuk-link" href={`${href({ selected: null })}&expand=${slug}`}>Show its systems</Link></li>
        ) : (
          <>
            <li><Link className="govuk-link" href={`/systems/${slug}`}>Open {label}’s page</Link></li>
            <li><Link className="govuk-link" href={href({ view: "system", focus: slug, depth: null, expand: null, from: null, to: null })}>Show its neighbourhood</Link></li>
            <li><Link className="govuk-link" href={href({ from: slug, selected: null })}>Find where its data goes: start a path here</Link></li>
          </>
        )}
      </ul>
    </aside>
  );
}
