import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError, actorOf } from "@/lib/catalogue/publishing/common";
import { addSpecRevision, compareWithPrevious, type Comparison } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere } from "@/lib/catalogue/visibility";
import type { CheckResult } from "./check";
import { isIngestError } from "./errors";
import { contentHashOfBytes } from "./ingest";
import { checkedFields } from "./revisions";
import { checkInWorker } from "./worker";

export type AttachResult =
  | { ok: true; revisionId: string; unchanged: boolean; score: number }
  | { ok: false; error: string };

/** How a document reached us: the publisher's file or text, or a fetch of its web address. */
export type Arrival = { arrivedVia: "upload" | "paste" | "url"; origin?: string | null };

/**
 * A new document's check, the columns that keep it (serialised once: the bundle can be many
 * megabytes), and what changed since the API's latest version (worked out before any transaction).
 */
export type Checked = { result: CheckResult; fields: ReturnType<typeof checkedFields>; comparison: Comparison };

/** A document read and, unless the API already has the same text, checked. */
export type Prepared =
  | { kind: "known"; revisionId: string; score: number }
  | ({ kind: "new" } & Checked)
  | { kind: "refused"; error: string };

/**
 * Hashes the document; the same text as a stored revision of the API is recognised at once,
 * without decoding or re-checking it. A document that is not a usable spec is refused with a reason.
 */
export async function prepareSpec(db: Db, apiId: string, bytes: Uint8Array): Promise<Prepared> {
  try {
    const known = await db.specRevision.findUnique({ where: { apiId_contentHash: { apiId, contentHash: contentHashOfBytes(bytes) } }, select: { id: true, score: true } });
    if (known) return { kind: "known", revisionId: known.id, score: known.score ?? 0 };
    const result = await checkInWorker(bytes);
    const fields = checkedFields(result);
    // Diffing a big spec takes a while: do it here, not while holding the write transaction.
    return { kind: "new", result, fields, comparison: await compareWithPrevious(db, apiId, fields.bundled) };
  } catch (error) {
    if (isIngestError(error)) return { kind: "refused", error: error.message };
    throw error;
  }
}

/** Stores a checked document as the API's new revision, with its audit event, in the caller's transaction. */
export async function storeRevision(tx: Tx, apiId: string, { result, fields, comparison }: Checked, arrival: Arrival, actor: string): Promise<string> {
  const origin = arrival.origin ?? null;
  const revision = await addSpecRevision(tx, {
    comparison,
    apiId,
    source: result.text,
    contentHash: result.contentHash,
    arrivedVia: arrival.arrivedVia,
    origin,
    createdBy: actor,
    ...fields,
  });
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "SpecRevision",
    entityId: revision.id,
    after: { apiId, contentHash: result.contentHash, arrivedVia: arrival.arrivedVia, origin, specVersion: result.versionLabel, score: result.standards.score },
  });
  return revision.id;
}

export const knownResult = (known: Extract<Prepared, { kind: "known" }>): AttachResult => ({ ok: true, revisionId: known.revisionId, unchanged: true, score: known.score });

/** The API a viewer may update, or the error that says why not. */
export async function apiToUpdate(db: Db, viewer: Viewer, apiId: string) {
  const api = await db.api.findFirst({
    where: { id: apiId, ...visibleApiWhere(viewer) },
    select: { id: true, organisationId: true, specSource: { select: { id: true, url: true, status: true, error: true } } },
  });
  if (!api) throw new NotFoundError("API");
  authorise(viewer, "api.update", { organisationId: api.organisationId });
  return api;
}

/**
 * A publisher attaches an OpenAPI description to an API of their organisation by upload or
 * paste. A document that is not a usable spec is refused and nothing is saved; a usable one is
 * stored with its check, its audit event and the API's new score in one transaction. The API's
 * web address to follow, if it had one, is dropped: its spec now comes from the publisher.
 */
export async function attachSpec(db: Db, viewer: Viewer, apiId: string, arrival: Arrival & { bytes: Uint8Array }): Promise<AttachResult> {
  const api = await apiToUpdate(db, viewer, apiId);
  const actor = actorOf(viewer);
  const prepared = await prepareSpec(db, apiId, arrival.bytes);
  if (prepared.kind === "refused") return { ok: false, error: prepared.error };
  // The same text again, with no web address to drop: nothing to write.
  if (prepared.kind === "known" && !api.specSource) return knownResult(prepared);
  return db.$transaction(async (tx) => {
    if (api.specSource) {
      await tx.specSource.delete({ where: { id: api.specSource.id } });
      await recordAudit(tx, { actor, action: "update", entityType: "Api", entityId: apiId, before: { specUrl: api.specSource.url }, after: { specUrl: null } });
    }
    if (prepared.kind === "known") return knownResult(prepared);
    const revisionId = await storeRevision(tx, apiId, prepared, arrival, actor);
    return { ok: true as const, revisionId, unchanged: false, score: prepared.result.standards.score };
  });
}
