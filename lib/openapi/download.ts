import YAML from "yaml";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { NEWEST_FIRST } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere, visibleRevisionWhere, type Viewer } from "@/lib/catalogue/visibility";

/** What may be downloaded: the source exactly as it arrived (a multi-file spec's .zip), or the bundled document as JSON or YAML. */
export const DOWNLOAD_FILES = ["original", "bundled.json", "bundled.yaml"] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

/** The route's input: which file, and optionally which revision (the latest checked one otherwise). */
export const downloadInput = z.object({
  file: z.enum(DOWNLOAD_FILES),
  revision: z.string().regex(/^[a-z0-9]{1,40}$/i).optional(),
});

/** Where a file can be downloaded from (app/apis/[slug]/openapi/[file]/route.ts). */
export function downloadHref(slug: string, file: DownloadFile, revisionId?: string): string {
  return `/apis/${encodeURIComponent(slug)}/openapi/${file}${revisionId ? `?revision=${encodeURIComponent(revisionId)}` : ""}`;
}

const LATEST_CHECKED = { status: "checked" } as const;

/** The id of an API's latest checked revision, the one the API page documents (the caller has checked the viewer may see the API). */
export async function latestCheckedRevisionId(db: Db, apiId: string, latest?: { id: string; status: string } | null): Promise<string | null> {
  // The page already knows the latest revision: when it is checked (as it usually is) or there is none, that is the answer.
  if (latest !== undefined && (latest === null || latest.status === "checked")) return latest?.id ?? null;
  const revision = await db.specRevision.findFirst({ where: { apiId, ...LATEST_CHECKED }, orderBy: NEWEST_FIRST, select: { id: true } });
  return revision?.id ?? null;
}

/**
 * The revision's text for one file: its source for the original, its bundle otherwise (it may
 * have none); and, for the original of a multi-file spec, the .zip it arrived as.
 */
export type DownloadRevision = { id: string; slug: string; text: string | null; archive?: Uint8Array<ArrayBuffer> | null };

/**
 * The revision to download from, or null when there is none the viewer may have: the API is
 * looked up with the viewer's visibility, so a hidden API looks the same as a missing one, and a
 * revision id only counts when it belongs to that API and the viewer could see it when it was
 * stored. Without one, the API's current version, which anyone who may see the API sees.
 */
export async function findDownloadRevision(db: Db, viewer: Viewer, slug: string, file: DownloadFile, revisionId?: string): Promise<DownloadRevision | null> {
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: { id: true, slug: true } });
  if (!api) return null;
  const revision = await db.specRevision.findFirst({
    where: { apiId: api.id, ...(revisionId ? { id: revisionId, ...visibleRevisionWhere(viewer) } : LATEST_CHECKED) },
    orderBy: NEWEST_FIRST,
    // Only the text this file needs: each can be many megabytes.
    select: { id: true, source: file === "original", archive: file === "original", bundled: file !== "original" },
  });
  return revision ? { id: revision.id, slug: api.slug, text: (file === "original" ? revision.source : revision.bundled) ?? null, ...(revision.archive ? { archive: revision.archive } : {}) } : null;
}

export type DownloadBody = { body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>; contentType: string; fileName: string };

const JSON_TYPE = "application/json; charset=utf-8";
// RFC 9512's media type for YAML; never text/*, so no browser renders a spec as a page.
const YAML_TYPE = "application/yaml; charset=utf-8";

/** A JSON source is one that JSON parses; anything else stored was accepted as YAML. */
export function sourceIsJson(source: string): boolean {
  if (!/^\s*[{[]/.test(source)) return false;
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
}

/** The file's text, type and name; null when the revision has no bundle (it was refused or is not checked yet). */
export function downloadBody(revision: DownloadRevision, file: DownloadFile): DownloadBody | null {
  // Slugs are lower-case words and hyphens already; this keeps the header safe whatever they hold.
  const base = `${revision.slug.replace(/[^a-z0-9-]+/gi, "-")}-openapi`;
  const { text } = revision;
  if (text === null) return null;
  if (file === "original" && revision.archive) return { body: revision.archive, contentType: "application/zip", fileName: `${base}.zip` };
  if (file === "original") {
    const json = sourceIsJson(text);
    return { body: text, contentType: json ? JSON_TYPE : YAML_TYPE, fileName: `${base}.${json ? "json" : "yaml"}` };
  }
  if (file === "bundled.json") return { body: text, contentType: JSON_TYPE, fileName: `${base}-bundled.json` };
  // The bundle came from JSON, so it has no shared nodes to turn into anchors; lines are never folded.
  const yaml = YAML.stringify(JSON.parse(text), { aliasDuplicateObjects: false, lineWidth: 0 });
  return { body: yaml, contentType: YAML_TYPE, fileName: `${base}-bundled.yaml` };
}

/**
 * The response headers for a download. A revision never changes, so its id and the file make a
 * strong ETag; but who may see an API can change, so browsers keep it privately and ask again
 * each time (a 304 when unchanged), which re-checks visibility.
 */
export function downloadHeaders(revisionId: string, file: DownloadFile, download: DownloadBody): Record<string, string> {
  return { ...attachmentHeaders(download), "Cache-Control": "private, no-cache", ETag: downloadEtag(revisionId, file) };
}

export function attachmentHeaders(download: Omit<DownloadBody, "body">): Record<string, string> {
  return { "Content-Type": download.contentType, "Content-Disposition": `attachment; filename="${download.fileName}"`, "X-Content-Type-Options": "nosniff" };
}

/** A download worked out for this viewer (problems, exported connections): never kept where another person could be given it. */
export function privateAttachment(download: DownloadBody): Response {
  return new Response(download.body, { headers: { ...attachmentHeaders(download), "Cache-Control": "private, no-store" } });
}

export function downloadEtag(revisionId: string, file: DownloadFile): string {
  return `"${revisionId}-${file}"`;
}
