import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError, actorOf } from "@/lib/catalogue/publishing/common";
import { NEWEST_FIRST, addSpecRevision, compareWithPrevious, comparisonWith, latestRevision, previousChecked, type Comparison } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere } from "@/lib/catalogue/visibility";
import { isIngestError, type IngestErrorCode } from "./errors";
import { arrivalHash } from "./ingest";
import { checkedFields, reusedFields, type CheckedFields } from "./checks";
import type { PhaseClock } from "./phases";
import { checkInWorker } from "./worker";

export type AttachResult =
  | { ok: true; revisionId: string; unchanged: boolean; score: number | null }
  /** `candidates`: an archive's documents that could be its root, for the publisher to choose from. */
  | { ok: false; error: string; candidates?: string[] };

/** How a document reached us: the publisher's file or text, or a fetch of its web address. */
export type Arrival = { arrivedVia: "upload" | "paste" | "url" | "api"; origin?: string | null };

/** What arrived: one document's bytes, or a .zip's and, if the publisher chose it, its root document's path. */
export type Upload = { bytes: Uint8Array; root?: string };

/**
 * A document to store as the API's new revision: its text (a multi-file spec's root document,
 * with the .zip as it arrived), its check as the columns that keep it (serialised once: the
 * bundle can be many megabytes), and what changed since the API's latest version (worked out
 * before any transaction).
 */
export type Checked = { source: string; archive: Archived; contentHash: string; fields: CheckedFields; comparison: Comparison };

/** The columns that keep a multi-file spec's archive; null for a single document. */
type Archived = { archive: Uint8Array<ArrayBuffer> | null; archiveRoot: string | null };

/** A document read and, unless it is already the API's current version, checked. */
export type Prepared =
  | { kind: "known"; revisionId: string; score: number | null }
  | ({ kind: "new" } & Checked)
  | { kind: "refused"; error: string; code: IngestErrorCode; candidates?: string[] };

/**
 * Hashes the document: the same text as the API's current version is recognised at once, without
 * decoding or re-checking it. An earlier version of the API again (a publisher going back) becomes
 * a new version, with the earlier one's check reused. A document that is not a usable spec is
 * refused with a reason.
 */
export async function prepareSpec(db: Db, apiId: string, { bytes, root }: Upload, clock?: PhaseClock): Promise<Prepared> {
  try {
    clock?.enter("hash");
    const contentHash = arrivalHash(bytes, root);
    const latest = await latestRevision(db, apiId);
    if (latest?.contentHash === contentHash) return { kind: "known", revisionId: latest.id, score: latest.score };
    const earlier = await db.specRevision.findFirst({
      where: { apiId, contentHash, status: "checked" },
      orderBy: NEWEST_FIRST,
      select: { source: true, archive: true, archiveRoot: true, specVersion: true, bundled: true, problems: true, standards: true },
    });
    const reused = earlier && reusedFields(earlier);
    // Diffing a big spec takes a while: done here, not while holding the write transaction.
    clock?.enter("compare");
    if (!reused) return { kind: "new", contentHash, ...(await check(bytes, root, await previousChecked(db, apiId), clock)) };
    const checked = { source: earlier.source, archive: { archive: earlier.archive, archiveRoot: earlier.archiveRoot }, fields: reused };
    return { kind: "new", contentHash, ...checked, comparison: await compareWithPrevious(db, apiId, checked.fields.bundled) };
  } catch (error) {
    if (isIngestError(error)) return { kind: "refused", error: error.message, code: error.code, ...(error.candidates ? { candidates: error.candidates } : {}) };
    throw error;
  }
}

/**
 * The check in a worker, and what changed since the API's previous version (if any), worked out
 * by the check's worker once it has the bundle.
 */
async function check(bytes: Uint8Array, root: string | undefined, previous: { id: string; bundled: string | null } | null, clock?: PhaseClock): Promise<Omit<Checked, "contentHash">> {
  const { changes, ...result } = await checkInWorker(bytes, root === undefined ? {} : { root }, {}, { compareWith: previous?.bundled || undefined, clock });
  clock?.enter("serialise");
  const archive = result.archive ? { archive: new Uint8Array(bytes), archiveRoot: result.archive.root } : { archive: null, archiveRoot: null };
  return { source: result.text, archive, fields: checkedFields(result), comparison: comparisonWith(previous, changes) };
}

/**
 * Stores a checked document as the API's new revision, with its audit event, in the caller's
 * transaction — unless, by then, the API's current version is that very text (the same document
 * sent twice at once): `unchanged`, and nothing is written.
 */
export async function storeRevision(tx: Tx, apiId: string, { source, archive, contentHash, fields, comparison }: Checked, arrival: Arrival, actor: string): Promise<{ revisionId: string; unchanged: boolean; score: number | null }> {
  // Writing to the API first holds its row (PostgreSQL) or the database (SQLite) until commit,
  // so a second transaction storing a version of this API waits, then sees this one's.
  await tx.api.update({ where: { id: apiId }, data: { hasSpec: true } });
  const latest = await latestRevision(tx, apiId);
  if (latest?.contentHash === contentHash) return { revisionId: latest.id, unchanged: true, score: latest.score };
  const origin = arrival.origin ?? null;
  const revision = await addSpecRevision(tx, { comparison, apiId, source, ...archive, contentHash, arrivedVia: arrival.arrivedVia, origin, createdBy: actor, ...fields });
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "SpecRevision",
    entityId: revision.id,
    after: { apiId, contentHash, arrivedVia: arrival.arrivedVia, origin, ...(archive.archiveRoot ? { archiveRoot: archive.archiveRoot } : {}), specVersion: fields.specVersion, score: revision.score },
  });
  return { revisionId: revision.id, unchanged: false, score: revision.score };
}

export const knownResult = (known: Extract<Prepared, { kind: "known" }>): AttachResult => ({ ok: true, revisionId: known.revisionId, unchanged: true, score: known.score });

/** What attaching a checked document came to, for the publisher. */
export const storedResult = (stored: { revisionId: string; unchanged: boolean; score: number | null }): AttachResult => ({ ok: true, ...stored });

/** The API a viewer may update, or the error that says why not. */
export async function apiToUpdate(db: Db, viewer: Viewer, apiId: string) {
  const api = await db.api.findFirst({
    where: { id: apiId, ...visibleApiWhere(viewer) },
    select: { id: true, slug: true, organisationId: true, specSource: { select: { id: true, url: true, status: true, error: true } } },
  });
  if (!api) throw new NotFoundError("API");
  authorise(viewer, "api.update", { organisationId: api.organisationId });
  return api;
}

/**
 * A publisher attaches an OpenAPI description to an API of their organisation by upload or
 * paste: one document, or a .zip of a multi-file spec. A document that is not a usable spec is
 * refused and nothing is saved (an archive whose root document is not clear is refused with the
 * documents to choose from); a usable one is stored with its check, its audit event and the
 * API's new score in one transaction. The API's web address to follow, if it had one, is
 * dropped: its spec now comes from the publisher.
 */
export async function attachSpec(db: Db, viewer: Viewer, apiId: string, arrival: Arrival & Upload, clock?: PhaseClock): Promise<AttachResult> {
  const api = await apiToUpdate(db, viewer, apiId);
  const actor = actorOf(viewer);
  const prepared = await prepareSpec(db, apiId, arrival, clock);
  clock?.enter("write");
  if (prepared.kind === "refused") return { ok: false, error: prepared.error, ...(prepared.candidates ? { candidates: prepared.candidates } : {}) };
  // The same text again, with no web address to drop: nothing to write.
  if (prepared.kind === "known" && !api.specSource) return knownResult(prepared);
  return db.$transaction(async (tx) => {
    if (api.specSource) {
      await tx.specSource.delete({ where: { id: api.specSource.id } });
      await recordAudit(tx, { actor, action: "update", entityType: "Api", entityId: apiId, before: { specUrl: api.specSource.url }, after: { specUrl: null } });
    }
    if (prepared.kind === "known") return knownResult(prepared);
    return storedResult(await storeRevision(tx, apiId, prepared, arrival, actor));
  });
}
