/**
 * The change feed: every change to an API, system or connection, from the audit log, in the
 * order the changes were committed (each audit event's sequence number). Each entry carries the
 * record as the bulk download shows it now, or says it is removed for this viewer, so applying
 * the entries in order to an empty copy gives exactly the bulk download.
 *
 * Nothing is revealed that the viewer could not see at the time: only events whose audience
 * (before or after the change) includes the viewer appear, and a record they may no longer see
 * appears as removed, never with its values.
 */
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { audienceWhere, inAudience } from "@/lib/catalogue/visibility";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { ID_CHUNK, readItems } from "./read";
import type { RecordItem, RecordKind } from "./records";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

type EntityType = "Api" | "System" | "Connection";
const KINDS: Record<EntityType, RecordKind> = { Api: "apis", System: "systems", Connection: "connections" };
const TYPES: Record<RecordKind, "api" | "system" | "connection"> = { apis: "api", systems: "system", connections: "connection" };
const LISTS: Record<RecordKind, string> = { apis: "/apis", systems: "/systems", connections: "/estate/table" };

export type Change = {
  /** resume after this entry by passing it back as the cursor */
  cursor: string;
  type: "api" | "system" | "connection";
  id: string;
  change: "created" | "updated" | "removed";
  /** ISO 8601 */
  at: string;
  /** the record as one item of the bulk download shows it now; null when removed */
  record: RecordItem | null;
  link: string;
};
export type ChangePage = { changes: Change[]; cursor: string; more: boolean };
export type FeedError = { code: "bad_cursor" | "bad_limit"; message: string };

/** Cursors are opaque to callers: a version tag and the sequence number, base64url. */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`v1:${sequence}`).toString("base64url");
}

export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null;
  const match = /^v1:(0|[1-9]\d{0,14})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}

/** The query's cursor and limit, or what is wrong with them. */
export function parseFeedQuery(params: URLSearchParams, name: "after" | "before"): { ok: true; cursor: number | null; limit: number } | { ok: false; error: FeedError } {
  const raw = params.get(name);
  const cursor = raw === null || raw === "" ? null : decodeCursor(raw);
  if (raw && cursor === null) return { ok: false, error: { code: "bad_cursor", message: `The ${name} cursor is not one this feed gave out. Start again without it, or use a cursor from a previous page.` } };
  const rawLimit = params.get("limit");
  const limit = rawLimit === null ? DEFAULT_LIMIT : /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) return { ok: false, error: { code: "bad_limit", message: `The limit must be a whole number from 1 to ${MAX_LIMIT}.` } };
  return { ok: true, cursor, limit };
}

type Direction = { after: number } | { before: number | null };

async function feedPage(db: Db, viewer: Viewer, direction: Direction, limit: number, origin: string): Promise<{ changes: Change[]; more: boolean; last: number | null }> {
  const seen = [...audienceWhere(viewer, "audienceBefore").OR, ...audienceWhere(viewer, "audienceAfter").OR];
  const forward = "after" in direction;
  const range = forward ? { gt: direction.after } : direction.before === null ? { not: null } : { lt: direction.before };
  const found = await db.auditEvent.findMany({
    where: { sequence: range, entityType: { in: Object.keys(KINDS) }, OR: seen },
    orderBy: { sequence: forward ? "asc" : "desc" },
    take: limit + 1,
    select: { sequence: true, at: true, entityType: true, entityId: true, audienceBefore: true, audienceAfter: true, audienceOrganisationId: true },
  });
  const events = found.slice(0, limit);
  // A system's publishing shows its connections to more people, with no event of their own.
  const published = events.filter((e) => e.entityType === "System" && e.audienceBefore === "draft" && e.audienceAfter === "public").map((e) => e.entityId);
  const dependants: { id: string; fromSystemId: string; toSystemId: string }[] = [];
  for (let i = 0; i < published.length; i += ID_CHUNK) {
    const systems = published.slice(i, i + ID_CHUNK);
    const where = { AND: [visibleConnectionWhere(viewer), { OR: [{ fromSystemId: { in: systems } }, { toSystemId: { in: systems } }] }] };
    dependants.push(...(await db.connection.findMany({ where, select: { id: true, fromSystemId: true, toSystemId: true } })));
  }
  const ids: Record<RecordKind, Set<string>> = { apis: new Set(), systems: new Set(), connections: new Set(dependants.map((c) => c.id)) };
  for (const e of events) ids[KINDS[e.entityType as EntityType]].add(e.entityId);
  const current = new Map<string, RecordItem>();
  for (const kind of Object.keys(ids) as RecordKind[]) {
    if (!ids[kind].size) continue;
    for (const item of await readItems(db, viewer, kind, origin, { ids: [...ids[kind]] })) current.set(`${kind}:${item.id}`, item);
  }
  const entry = (kind: RecordKind, id: string, e: (typeof events)[number], appeared: boolean): Change => {
    const record = current.get(`${kind}:${id}`) ?? null;
    const change = record === null ? "removed" : appeared ? "created" : "updated";
    return { cursor: encodeCursor(e.sequence!), type: TYPES[kind], id, change, at: e.at.toISOString(), record, link: record?.link ?? `${origin}${LISTS[kind]}` };
  };
  const changes = events.flatMap((e) => {
    const kind = KINDS[e.entityType as EntityType];
    const own = entry(kind, e.entityId, e, !inAudience(viewer, e.audienceBefore, e.audienceOrganisationId));
    const linked = published.includes(e.entityId) ? dependants.filter((c) => c.fromSystemId === e.entityId || c.toSystemId === e.entityId).map((c) => entry("connections", c.id, e, true)) : [];
    return [own, ...linked];
  });
  return { changes, more: found.length > limit, last: events.at(-1)?.sequence ?? null };
}

/**
 * The changes after a cursor (null: from the very start), oldest first: what a copy kept from
 * an earlier page needs next. `cursor` in the answer is where to resume, even when nothing changed.
 */
export async function changesSince(db: Db, viewer: Viewer, after: number | null, limit: number, origin: string): Promise<ChangePage> {
  const page = await feedPage(db, viewer, { after: after ?? 0 }, limit, origin);
  return { changes: page.changes, cursor: encodeCursor(page.last ?? after ?? 0), more: page.more };
}

/** The changes before a cursor (null: the newest), newest first, for the Atom feed's pages. */
export async function recentChanges(db: Db, viewer: Viewer, before: number | null, limit: number, origin: string): Promise<{ changes: Change[]; older: string | null }> {
  const page = await feedPage(db, viewer, { before }, limit, origin);
  return { changes: page.changes, older: page.more && page.last !== null ? encodeCursor(page.last) : null };
}
