import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { preload } from "react-dom";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { drawnQuery, mapHref, parseMapQuery } from "@/lib/estate/map-query";
import { errorList, estatePage } from "@/lib/estate/map-page";
import { EstateMap } from "./_components/EstateMap";
import { FiltersForm } from "./_components/FiltersForm";
import { FindForm, PathForm } from "./_components/FindAndPathForms";
import { MapLegend } from "./_components/MapLegend";
import { ViewSummary } from "./_components/ViewSummary";
import { DownloadConnections } from "./DownloadConnections";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseMapQuery(await searchParams);
  // Only a path asked for can be wrong; anything else unusable in the URL falls back to its default.
  if (!query.from && !query.to) return { title: "Estate map" };
  const { errors } = await estatePage(getDb(), await getViewer(), { ...query, find: "" });
  return { title: `${errorList(errors).length ? "Error: " : ""}Estate map` };
}

export default async function EstateMapPage({ searchParams }: Props) {
  const query = parseMapQuery(await searchParams);
  // When the browser loads the page as a document, the map's data is asked for alongside its script, not after it has
  // started (the same request EstateMap makes); not on a navigation within the page, where the map fetches its own.
  if ((await headers()).get("sec-fetch-dest") === "document") preload(`/estate/data?${drawnQuery(query)}`, { as: "fetch", crossOrigin: "anonymous" });
  const { map, organisations, found, errors } = await estatePage(getDb(), await getViewer(), query);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Estate map" }]} />
      {errorList(errors).length ? <ErrorSummary errors={errorList(errors)} /> : null}
      <h1 className="mb-4 text-4xl font-bold">Estate map</h1>
      <p className="mb-4 max-w-3xl">
        The systems of government and the connections between them that you can see, grouped by organisation.{" "}
        <Link className="govuk-link" href={mapHref(query, {}, "/estate/table")} prefetch={false}>View this map as a table</Link> (the same systems and connections, with the same filters).
      </p>
      <div className="grid gap-x-8 desktop:grid-cols-2">
        <FindForm query={query} found={found} path="/estate" />
        <PathForm query={query} result={map.path} path="/estate" errors={errors} />
      </div>
      <ViewSummary map={map} path="/estate" />
      <EstateMap drawn={drawnQuery(query)} selected={query.selected} highlighting={query.highlight.length > 0 || query.view === "data-set"} />
      <DownloadConnections query={query} />
      <div className="grid gap-x-8 desktop:grid-cols-2">
        <FiltersForm query={query} organisations={organisations} path="/estate" />
        <MapLegend organisations={map.estate.organisations} />
      </div>
    </>
  );
}
