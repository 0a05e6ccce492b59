import type { Db } from "@/lib/db";
import { NEWEST_FIRST } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere, visibleRevisionWhere, type Viewer } from "@/lib/catalogue/visibility";
import { downloadBody, findDownloadRevision, type DownloadFile } from "@/lib/openapi/download";
import { readStandards, summarise } from "@/lib/standards/result";
import { decodeCursor, onlyParameters, page, pageLimit } from "../cursor";
import { notFound } from "../errors";
import { iso, links } from "../serialise";

const SELECT = { id: true, createdAt: true, arrivedVia: true, status: true, specVersion: true, score: true, error: true, checkedAt: true, breakingChanges: true } as const;
type RevisionRow = { id: string; createdAt: Date; arrivedVia: string; status: string; specVersion: string | null; score: number | null; error: string | null; checkedAt: Date | null; breakingChanges: number | null };

function revisionBody(slug: string, r: RevisionRow) {
  const self = links.revision(slug, r.id);
  return {
    id: r.id,
    createdAt: iso(r.createdAt),
    arrivedVia: r.arrivedVia,
    status: r.status,
    specVersion: r.specVersion,
    standardsScore: r.score,
    refusal: r.error,
    checkedAt: iso(r.checkedAt),
    breakingChanges: r.breakingChanges,
    links: { self, api: links.api(slug), original: `${self}/original`, ...(r.status === "checked" ? { bundled: `${self}/bundled` } : {}) },
  };
}

async function apiOf(db: Db, viewer: Viewer, slug: string) {
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: { id: true, slug: true, servesDataset: true } });
  if (!api) throw notFound("API");
  return api;
}

/** An API's versions of its OpenAPI description this viewer may see, newest first (then by id). */
export async function listRevisions(db: Db, viewer: Viewer, slug: string, url: URL) {
  onlyParameters(url, ["limit", "cursor"]);
  const limit = pageLimit(url);
  const api = await apiOf(db, viewer, slug);
  const after = decodeCursor("spec-revisions", url.searchParams.get("cursor"), 2);
  const before = after ? [{ OR: [{ createdAt: { lt: new Date(after[0]!) } }, { createdAt: new Date(after[0]!), id: { lt: after[1] } }] }] : [];
  const rows = await db.specRevision.findMany({ where: { AND: [{ apiId: api.id }, visibleRevisionWhere(viewer), ...before] }, select: SELECT, orderBy: NEWEST_FIRST, take: limit + 1 });
  const result = page(rows, limit, "spec-revisions", (r) => [r.createdAt.toISOString(), r.id], url);
  return { items: result.items.map((r) => revisionBody(api.slug, r)), links: result.links };
}

/** One version with its GDS standards results, rule by rule. */
export async function oneRevision(db: Db, viewer: Viewer, slug: string, id: string) {
  const api = await apiOf(db, viewer, slug);
  const row = await db.specRevision.findFirst({ where: { id, apiId: api.id, ...visibleRevisionWhere(viewer) }, select: { ...SELECT, standards: true } });
  if (!row) throw notFound("version of this API's OpenAPI description");
  const stored = readStandards(row.standards);
  const summary = stored && summarise(stored, { servesDataset: api.servesDataset });
  return {
    ...revisionBody(api.slug, row),
    standards: summary
      ? { score: summary.score, applied: summary.applied, total: summary.total, rules: summary.rows.map((r) => ({ ruleId: r.ruleId, standardPoints: Array.isArray(r.point) ? r.point : [r.point], title: r.title, severity: r.severity === "error" ? "requirement" : "advice", outcome: r.outcome, messages: r.messages.map((m) => m.message) })) }
      : null,
  };
}

/** The document itself: as it arrived (`original`) or bundled into one JSON document. */
export async function revisionDocument(db: Db, viewer: Viewer, slug: string, id: string, file: DownloadFile): Promise<Response> {
  const revision = await findDownloadRevision(db, viewer, slug, file, id);
  const body = revision && downloadBody(revision, file);
  if (!body) throw notFound(file === "original" ? "version of this API's OpenAPI description" : "bundled document of this version (it was refused, or is not checked yet)");
  return new Response(body.body, { headers: { "Content-Type": body.contentType, "Content-Disposition": `inline; filename="${body.fileName}"` } });
}
