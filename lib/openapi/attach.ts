import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { NotFoundError, actorOf } from "@/lib/catalogue/publishing/common";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere } from "@/lib/catalogue/visibility";
import { decodeSpec } from "./decode";
import { isIngestError } from "./errors";
import { contentHash } from "./ingest";
import { checkedFields } from "./revisions";
import { checkInWorker } from "./worker";

export type AttachResult =
  | { ok: true; revisionId: string; unchanged: boolean; score: number }
  | { ok: false; error: string };

type Arrival = { bytes: Uint8Array; arrivedVia: "upload" | "paste"; origin?: string | null };

/**
 * A publisher attaches an OpenAPI description to an API of their organisation. The same text
 * again is recognised by its hash at once, without re-checking. A document that is not a usable
 * spec is refused with a plain-English reason and nothing is saved; a usable one is stored with
 * its check, its audit event and the API's new score in one transaction.
 */
export async function attachSpec(db: Db, viewer: Viewer, apiId: string, arrival: Arrival): Promise<AttachResult> {
  const api = await db.api.findFirst({ where: { id: apiId, ...visibleApiWhere(viewer) }, select: { id: true, organisationId: true } });
  if (!api) throw new NotFoundError("API");
  authorise(viewer, "api.update", { organisationId: api.organisationId });
  const actor = actorOf(viewer);

  let hash: string;
  try {
    hash = contentHash(decodeSpec(arrival.bytes));
  } catch (error) {
    if (isIngestError(error)) return { ok: false, error: error.message };
    throw error;
  }
  const existing = await db.specRevision.findUnique({ where: { apiId_contentHash: { apiId, contentHash: hash } }, select: { id: true, score: true } });
  if (existing) return { ok: true, revisionId: existing.id, unchanged: true, score: existing.score ?? 0 };

  let result;
  try {
    result = await checkInWorker(arrival.bytes);
  } catch (error) {
    if (isIngestError(error)) return { ok: false, error: error.message };
    throw error;
  }
  return db.$transaction(async (tx) => {
    const revision = await addSpecRevision(tx, {
      apiId,
      source: result.text,
      contentHash: result.contentHash,
      arrivedVia: arrival.arrivedVia,
      origin: arrival.origin ?? null,
      createdBy: actor,
      ...checkedFields(result),
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "SpecRevision",
      entityId: revision.id,
      after: { apiId, contentHash: result.contentHash, arrivedVia: arrival.arrivedVia, origin: arrival.origin ?? null, specVersion: result.versionLabel, score: result.standards.score },
    });
    return { ok: true as const, revisionId: revision.id, unchanged: false, score: result.standards.score };
  });
}
