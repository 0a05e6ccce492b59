import type { Viewer } from "@/lib/auth/viewer";
import type { Db, Prisma } from "@/lib/db";
import { NotFoundError, actorOf } from "@/lib/catalogue/publishing/common";
import { apiToUpdate, prepareSpec, storeRevision, type Checked } from "../attach";
import { fetchSpec, type FetchSpecOptions } from "../fetch";
import { auditSource, type SourceState } from "./audit";
import { LEASE_MS, retryDelayMs, sourceConfig, type SourceConfig } from "./config";

/** Who the audit trail names for a scheduled refresh. */
export const SCHEDULER = "system:spec-refresh";
/** Sources refreshed per run of the schedule; the rest wait for the next run. */
const BATCH = 20;
/** When the checkers were all busy: the next try, whatever the source's own interval. */
export const BUSY_RETRY_MS = 15 * 60_000;

/**
 * What a refresh found: "not-modified" (the server said so), "unchanged" (a new copy with the
 * same text), "added" (a new revision), "unreachable", "refused" (fetched, not a usable spec), or
 * "busy" (another instance, or another request, is refreshing it right now or has just done so,
 * or every checker was busy: it is tried again soon).
 */
export type RefreshOutcome = "not-modified" | "unchanged" | "added" | "unreachable" | "refused" | "busy";
export type RefreshResult = { outcome: RefreshOutcome; error?: string; revisionId?: string };

export interface RefreshOptions {
  /** The user asking, or SCHEDULER. */
  actor: string;
  now?: Date;
  config?: SourceConfig;
  /** Limits for the fetch (tests shorten the time limit). */
  fetch?: Pick<FetchSpecOptions, "timeoutMs" | "maxBytes" | "lookup">;
  /** The schedule's claim: only while the source is still due. A run working through its list
   * must not fetch again what another instance fetched since the list was read. */
  onlyIfDue?: boolean;
}

const free = (now: Date) => ({ OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] });

/**
 * Fetches one source again, sending the stored ETag / Last-Modified, and records what happened.
 * The source is claimed first with a conditional update (only if no unexpired lease), so
 * however many app instances run, one fetches it at a time; the lease is released with the
 * time of the next fetch: the interval after a good fetch, longer and longer after failures.
 * A failed fetch keeps the previous revision, and only a change of state is audited.
 */
export async function refreshSource(db: Db, sourceId: string, options: RefreshOptions): Promise<RefreshResult> {
  const now = options.now ?? new Date();
  const config = options.config ?? sourceConfig();
  const due = options.onlyIfDue ? { nextFetchAt: { lte: now } } : {};
  const claimed = await db.specSource.updateMany({ where: { id: sourceId, ...due, ...free(now) }, data: { leaseUntil: new Date(now.getTime() + LEASE_MS) } });
  if (claimed.count === 0) return { outcome: "busy" };
  const source = await db.specSource.findUniqueOrThrow({ where: { id: sourceId } });
  const before: SourceState = { url: source.url, status: source.status, error: source.error };
  const after = (status: string, error: string | null = null): SourceState => ({ url: source.url, status, error });
  const next = (failed: boolean) =>
    new Date(now.getTime() + (failed ? retryDelayMs(config.intervalMs, now.getTime() - (source.lastFetchedAt ?? source.createdAt).getTime()) : config.intervalMs));

  /** Writes the source's new state, its audit event if the state changed, and releases the lease. */
  const settle = async (state: SourceState, data: Prisma.SpecSourceUpdateManyMutationInput, revision?: Checked) =>
    db.$transaction(async (tx) => {
      const stored = revision ? await storeRevision(tx, source.apiId, revision, { arrivedVia: "url", origin: source.url }, options.actor) : undefined;
      await tx.specSource.updateMany({ where: { id: sourceId }, data: { ...data, status: state.status, error: state.error, leaseUntil: null } });
      await auditSource(tx, options.actor, source.apiId, before, state);
      return stored;
    });

  try {
    const fetched = await fetchSpec(source.url, {
      ...options.fetch,
      allowHttp: config.allowHttp,
      allowList: config.allowList,
      ...(source.etag ? { etag: source.etag } : {}),
      ...(source.lastModified ? { lastModified: source.lastModified } : {}),
    });
    if (fetched.status === "unreachable") {
      await settle(after("unreachable", fetched.reason), { nextFetchAt: next(true) });
      return { outcome: "unreachable", error: fetched.reason };
    }
    if (fetched.status === "not-modified") {
      // The document we were last refused is still the same one: still refused.
      const state = source.status === "refused" ? before : after("ok");
      await settle(state, { lastFetchedAt: now, nextFetchAt: next(state.status !== "ok") });
      return { outcome: "not-modified" };
    }
    const validators = { etag: fetched.etag ?? null, lastModified: fetched.lastModified ?? null, lastFetchedAt: now };
    const prepared = await prepareSpec(db, source.apiId, { bytes: fetched.body });
    if (prepared.kind === "refused" && prepared.code === "busy") {
      // Not the document's fault: no change of state, and another go soon.
      await db.specSource.updateMany({ where: { id: sourceId }, data: { leaseUntil: null, nextFetchAt: new Date(now.getTime() + BUSY_RETRY_MS) } });
      return { outcome: "busy" };
    }
    if (prepared.kind === "refused") {
      await settle(after("refused", prepared.error), { ...validators, nextFetchAt: next(true) });
      return { outcome: "refused", error: prepared.error };
    }
    if (prepared.kind === "known") {
      await settle(after("ok"), { ...validators, nextFetchAt: next(false) });
      return { outcome: "unchanged" };
    }
    const stored = await settle(after("ok"), { ...validators, lastChangedAt: now, nextFetchAt: next(false) }, prepared);
    // The same text may have been uploaded while this fetch was checked.
    return stored?.unchanged ? { outcome: "unchanged" } : { outcome: "added", revisionId: stored!.revisionId };
  } catch (error) {
    // Something of ours broke (not the server): let the lease go so the next run tries again.
    await db.specSource.updateMany({ where: { id: sourceId }, data: { leaseUntil: null, nextFetchAt: next(true) } });
    throw error;
  }
}

/**
 * One run of the schedule: refreshes the sources whose time has come and that no instance holds.
 * Each is claimed in refreshSource, so instances running this at the same moment share the work
 * without fetching any source twice. `now` is the run's start; the clock moves on from it.
 */
export async function refreshDueSources(db: Db, now: Date = new Date(), options: Omit<RefreshOptions, "actor" | "now"> = {}): Promise<{ id: string; result: RefreshResult }[]> {
  const started = Date.now();
  const due = await db.specSource.findMany({ where: { nextFetchAt: { lte: now }, ...free(now) }, orderBy: { nextFetchAt: "asc" }, take: BATCH, select: { id: true } });
  const results: { id: string; result: RefreshResult }[] = [];
  for (const { id } of due) {
    const clock = new Date(now.getTime() + (Date.now() - started));
    try {
      results.push({ id, result: await refreshSource(db, id, { ...options, actor: SCHEDULER, now: clock, onlyIfDue: true }) });
    } catch (error) {
      // One broken source must not stop the others.
      console.error(`Refreshing spec source ${id} failed`, error);
    }
  }
  return results;
}

/** "Check for changes now": a person who may update the API refreshes its source at once. */
export async function refreshSourceNow(db: Db, viewer: Viewer, apiId: string, options: Omit<RefreshOptions, "actor"> = {}): Promise<RefreshResult> {
  const api = await apiToUpdate(db, viewer, apiId);
  if (!api.specSource) throw new NotFoundError("spec source");
  return refreshSource(db, api.specSource.id, { ...options, actor: actorOf(viewer) });
}
