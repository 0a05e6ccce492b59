/**
 * Every file under /data, by name, and the response for each: one route
 * (app/data/[file]/route.ts) serves them all, so they share caching and visibility.
 */
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { atomFeed } from "./atom";
import { changesSince, parseFeedQuery, recentChanges, type FeedError } from "./changes";
import { csvwMetadata } from "./columns";
import { dcatParts } from "./dcat";
import { bulkResponse, openDataResponse, publicOrigin } from "./http";
import { RECORD_KINDS, type RecordKind } from "./records";
import { pulled } from "./stream";

export const OPEN_DATA_FILES = [
  ...RECORD_KINDS.flatMap((kind) => [`${kind}.csv`, `${kind}.json`, `${kind}.csv-metadata.json`] as const),
  "catalogue.jsonld",
  "changes.atom",
  "changes.json",
] as const;
export const openDataFile = z.enum(OPEN_DATA_FILES);
export type OpenDataFile = z.infer<typeof openDataFile>;

/** A refused request: the status and a JSON error object with a stable code and a message for people. */
export function feedError(error: FeedError): Response {
  return Response.json({ error }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

async function feedResponse(db: Db, viewer: Viewer, request: Request, atom: boolean): Promise<Response> {
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  const query = parseFeedQuery(url.searchParams, atom ? "before" : "after");
  if (!query.ok) return feedError(query.error);
  const cache = { "Cache-Control": viewer.kind === "anonymous" ? "public, max-age=60" : "private, no-store", Vary: "Cookie" };
  if (!atom) return Response.json(await changesSince(db, viewer, query.cursor, query.limit, origin), { headers: cache });
  const page = await recentChanges(db, viewer, query.cursor, query.limit, origin);
  return new Response(atomFeed(origin, page, `${origin}${url.pathname}${url.search}`, new Date()), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", ...cache } });
}

export async function openDataResponseFor(db: Db, viewer: Viewer, request: Request, file: OpenDataFile): Promise<Response> {
  if (file === "changes.json" || file === "changes.atom") return feedResponse(db, viewer, request, file === "changes.atom");
  if (file === "catalogue.jsonld") {
    const origin = publicOrigin(request);
    return openDataResponse(db, viewer, request, file, () => ({ body: pulled(dcatParts(db, viewer, origin)), contentType: "application/ld+json; charset=utf-8", fileName: file }), true);
  }
  const [kind, format] = file.split(".", 2) as [RecordKind, string];
  if (file.endsWith(".csv-metadata.json")) {
    return new Response(JSON.stringify(csvwMetadata(kind), null, 2), { headers: { "Content-Type": "application/csvm+json; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
  }
  return bulkResponse(db, viewer, request, kind, format === "csv" ? "csv" : "json");
}

