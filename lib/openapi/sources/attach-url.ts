import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { actorOf } from "@/lib/catalogue/publishing/common";
import { apiToUpdate, knownResult, prepareSpec, storeRevision, storedResult, type AttachResult } from "../attach";
import { fetchSpec } from "../fetch";
import { auditSource } from "./audit";
import { sourceConfig, type SourceConfig } from "./config";

/**
 * A publisher attaches a spec by its web address: it is fetched at once (SSRF-safe, see
 * ../fetch), checked like an upload, and the address is kept so the catalogue can follow it. An
 * address that cannot be fetched, or a document that is not a usable spec, is refused with the
 * reason and nothing is saved.
 */
export async function attachSpecByUrl(db: Db, viewer: Viewer, apiId: string, url: string, config: SourceConfig = sourceConfig()): Promise<AttachResult> {
  const api = await apiToUpdate(db, viewer, apiId);
  const actor = actorOf(viewer);
  const fetched = await fetchSpec(url, { allowHttp: config.allowHttp, allowList: config.allowList });
  // We sent no validators, so the server cannot answer "not modified".
  if (fetched.status !== "changed") return { ok: false, error: fetched.status === "unreachable" ? fetched.reason : "The server answered without the document" };
  const prepared = await prepareSpec(db, apiId, { bytes: fetched.body });
  if (prepared.kind === "refused") return { ok: false, error: prepared.error };

  const now = new Date();
  const followed = {
    url,
    etag: fetched.etag ?? null,
    lastModified: fetched.lastModified ?? null,
    status: "ok",
    error: null,
    lastFetchedAt: now,
    lastChangedAt: now,
    nextFetchAt: new Date(now.getTime() + config.intervalMs),
    leaseUntil: null,
  };
  return db.$transaction(async (tx) => {
    await tx.specSource.upsert({ where: { apiId }, create: { apiId, createdBy: actor, ...followed }, update: followed });
    await auditSource(tx, actor, apiId, api.specSource, { url, status: "ok", error: null });
    if (prepared.kind === "known") return knownResult(prepared);
    return storedResult(await storeRevision(tx, apiId, prepared, { arrivedVia: "url", origin: url }, actor));
  });
}
