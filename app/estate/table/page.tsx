import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { Pagination } from "@/components/Pagination";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { mapHref, parseMapQuery } from "@/lib/estate/map-query";
import { errorList, estatePage } from "@/lib/estate/map-page";
import { FiltersForm } from "../_components/FiltersForm";
import { FindForm, PathForm } from "../_components/FindAndPathForms";
import { ViewSummary } from "../_components/ViewSummary";
import { DownloadConnections } from "../DownloadConnections";
import { DownloadData } from "@/components/open-data/DownloadData";
import { EstateTables, TABLE_PAGE_SIZE } from "./EstateTables";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseMapQuery(await searchParams);
  if (!query.from && !query.to) return { title: "Estate map as a table" };
  const { errors } = await estatePage(getDb(), await getViewer(), { ...query, find: "" });
  return { title: `${errorList(errors).length ? "Error: " : ""}Estate map as a table` };
}

/** The map's table twin: the same view, filters and path, as HTML that needs no JavaScript. */
export default async function EstateTablePage({ searchParams }: Props) {
  const query = parseMapQuery(await searchParams);
  const { map, organisations, found, errors } = await estatePage(getDb(), await getViewer(), query);
  const pageCount = Math.ceil(Math.max(map.drawn.nodes.length, map.drawn.edges.length) / TABLE_PAGE_SIZE);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: mapHref(query, { page: 1 }), text: "Estate map" }, { text: "As a table" }]} />
      {errorList(errors).length ? <ErrorSummary errors={errorList(errors)} /> : null}
      <h1 className="mb-4 text-4xl font-bold">Estate map as a table</h1>
      <p className="mb-4">
        <Link className="govuk-link" href={mapHref(query, { page: 1 })}>View this as a map</Link>
      </p>
      <div className="grid gap-x-8 desktop:grid-cols-2">
        <FindForm query={query} found={found} path="/estate/table" />
        <PathForm query={query} result={map.path} path="/estate/table" errors={errors} />
      </div>
      <FiltersForm query={query} organisations={organisations} path="/estate/table" />
      <ViewSummary map={map} path="/estate/table" />
      <DownloadConnections query={query} />
      <EstateTables drawn={map.drawn} organisations={map.estate.organisations} query={query} />
      <Pagination page={query.page} pageCount={pageCount} hrefFor={(page) => mapHref(query, { page }, "/estate/table")} />
      <DownloadData kinds={["connections"]} />
    </>
  );
}
