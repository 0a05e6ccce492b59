/**
 * How the open data leaves the server. What an anonymous caller gets is the same for everyone, so
 * a CDN may keep it briefly, tagged with the catalogue's version (bumped by every write) so a
 * client asking again after a change gets the new file; what a signed-in person gets is theirs alone.
 */
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { authConfig } from "@/lib/auth/config";
import { catalogueVersion } from "@/lib/catalogue/catalogue-version";
import { attachmentHeaders, privateAttachment, type DownloadBody } from "@/lib/openapi/download";
import { allItems } from "./read";
import type { RecordKind } from "./records";
import { csvStream, jsonStream } from "./stream";

export const SHARED_MAX_AGE = 60;
export const CSV_TYPE = "text/csv; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * The address the files' links start with: the service's public address (NEXTAUTH_URL) where it
 * is set, as behind a load balancer the request's own may be an internal one; the request's otherwise.
 */
export function publicOrigin(request: Request): string {
  const configured = authConfig().url;
  try {
    if (configured) return new URL(configured).origin;
  } catch {
    // not a URL: the request's own address will do
  }
  return new URL(request.url).origin;
}

/** The response for one open-data file: shared and tagged for anonymous callers, private otherwise. */
export async function openDataResponse(db: Db, viewer: Viewer, request: Request, file: string, download: () => DownloadBody, inline = false): Promise<Response> {
  if (viewer.kind !== "anonymous") return privateAttachment(download());
  const etag = `"${file}-${await catalogueVersion(db)}"`;
  const shared = { "Cache-Control": `public, max-age=${SHARED_MAX_AGE}`, ETag: etag, Vary: "Cookie" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: shared });
  const body = download();
  const headers = { ...attachmentHeaders(body), ...(inline ? { "Content-Disposition": "inline" } : {}), ...shared };
  return new Response(body.body, { headers });
}

/** A bulk download of every record of one kind the viewer may see, streamed in order of id. */
export async function bulkResponse(db: Db, viewer: Viewer, request: Request, kind: RecordKind, format: "csv" | "json"): Promise<Response> {
  const origin = publicOrigin(request);
  const fileName = `${kind}.${format}`;
  const response = await openDataResponse(db, viewer, request, fileName, () => {
    const pages = allItems(db, viewer, kind, origin);
    return format === "csv" ? { body: csvStream(kind, pages), contentType: CSV_TYPE, fileName } : { body: jsonStream(kind, pages), contentType: JSON_TYPE, fileName };
  });
  // How a CSV on the Web processor finds the columns' descriptions (W3C tabular metadata, section 5.2).
  if (format === "csv") response.headers.set("Link", `<${origin}/data/${kind}.csv-metadata.json>; rel="describedby"; type="application/csvm+json"`);
  return response;
}
