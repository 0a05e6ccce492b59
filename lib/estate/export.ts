/**
 * The connections a view of the map shows, as a file to download (CSV or JSON): the same URL
 * parameters, the same visibility and the same filters as the map and its table twin, but every
 * connection in full (the table bundles them once organisations collapse, a file never does).
 */
import { stringify } from "csv-stringify/sync";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { safeCell } from "@/lib/openapi/problems";
import { privateAttachment } from "@/lib/openapi/download";
import { parseMapQuery, type MapQuery } from "./map-query";
import { estateMap } from "./map-view";
import { visibleConnectionWhere } from "./visibility";

export const EXPORT_FILES = ["connections.csv", "connections.json"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export type ExportedConnection = {
  fromOrganisation: string;
  fromSystem: string;
  toOrganisation: string;
  toSystem: string;
  api: string | null;
  description: string;
  direction: string;
  technology: string;
  openStandard: boolean;
  personalData: boolean;
  personalDataLogged: boolean | null;
  frequency: string;
  lifecycle: string;
  visibility: string;
  confirmation: string;
  example: boolean;
  /** ISO 8601 */
  updated: string;
};

/** The CSV's columns, in order, with their headings: stable, so a spreadsheet built on them keeps working. */
const COLUMNS: [keyof ExportedConnection, string][] = [
  ["fromOrganisation", "from organisation"],
  ["fromSystem", "from system"],
  ["toOrganisation", "to organisation"],
  ["toSystem", "to system"],
  ["api", "API"],
  ["description", "description"],
  ["direction", "direction"],
  ["technology", "technology"],
  ["openStandard", "open standard"],
  ["personalData", "personal data"],
  ["personalDataLogged", "personal data logged"],
  ["frequency", "frequency"],
  ["lifecycle", "lifecycle"],
  ["visibility", "visibility"],
  ["confirmation", "confirmation"],
  ["example", "example"],
  ["updated", "updated"],
];

// Large views ask for their connections in parts, well under any engine's limit on query parameters.
const CHUNK = 1000;
const END = { select: { name: true, organisation: { select: { name: true } } } } as const;

/** The connections of the view the query asks for, in the order the table twin lists them. */
export async function exportedConnections(db: Db, viewer: Viewer, query: MapQuery): Promise<ExportedConnection[]> {
  const { graph } = await estateMap(db, viewer, { ...query, expand: "all" });
  const ids = graph.edges();
  const rows = new Map<string, ExportedConnection>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const found = await db.connection.findMany({
      // The visibility rule again, in the query: the file never holds more than the viewer may see.
      where: { AND: [visibleConnectionWhere(viewer), { id: { in: ids.slice(i, i + CHUNK) } }] },
      include: { fromSystem: END, toSystem: END, api: { select: { name: true } } },
    });
    for (const c of found) {
      rows.set(c.id, {
        fromOrganisation: c.fromSystem.organisation.name,
        fromSystem: c.fromSystem.name,
        toOrganisation: c.toSystem.organisation.name,
        toSystem: c.toSystem.name,
        api: c.api?.name ?? null,
        description: c.description,
        direction: c.direction,
        technology: c.technology,
        openStandard: c.openStandard,
        personalData: c.personalData,
        personalDataLogged: c.personalDataLogged,
        frequency: c.frequency,
        lifecycle: c.lifecycle,
        visibility: c.visibility,
        confirmation: c.confirmation,
        example: c.example,
        updated: c.updatedAt.toISOString(),
      });
    }
  }
  return ids.flatMap((id) => rows.get(id) ?? []);
}

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");

/** The file's text, type and name. */
export function exportBody(rows: ExportedConnection[], file: ExportFile): { body: string; contentType: string; fileName: string } {
  if (file === "connections.json") return { body: JSON.stringify({ connections: rows }, null, 2), contentType: "application/json; charset=utf-8", fileName: file };
  const body = stringify(
    rows.map((r) => COLUMNS.map(([key]) => (typeof r[key] === "boolean" || r[key] === null ? yesNo(r[key] as boolean | null) : String(r[key])))),
    { header: true, columns: COLUMNS.map(([, heading]) => heading), cast: { string: safeCell } },
  );
  return { body, contentType: "text/csv; charset=utf-8", fileName: file };
}

/** The link to download a view's connections. */
export function exportHref(search: URLSearchParams, file: ExportFile): string {
  const query = search.toString();
  return `/estate/${file}${query ? `?${query}` : ""}`;
}

/** The download for a request to /estate/connections.csv or .json: the view in its query string, as the viewer may see it. */
export async function exportResponse(db: Db, viewer: Viewer, url: URL, file: ExportFile): Promise<Response> {
  return privateAttachment(exportBody(await exportedConnections(db, viewer, parseMapQuery(url.searchParams)), file));
}
