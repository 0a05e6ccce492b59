import { exportHref } from "@/lib/estate/export";
import { mapSearchParams, type MapQuery } from "@/lib/estate/map-query";

/** Links to the view's connections as files: the same filters, none of the page's own state. */
export function DownloadConnections({ query }: { query: MapQuery }) {
  const search = mapSearchParams(query, { selected: undefined, find: "", page: 1 });
  return (
    <p className="mb-4">
      Download these connections as <a className="govuk-link" href={exportHref(search, "connections.csv")} download>CSV</a> /{" "}
      <a className="govuk-link" href={exportHref(search, "connections.json")} download>JSON</a>
    </p>
  );
}
