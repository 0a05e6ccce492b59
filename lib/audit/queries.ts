import { z } from "zod";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { audienceWhere, comparisonSeenBy, inAudience, visibleApiWhere, visibleRevisionWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import type { Changes } from "./diff";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { ENTITY_TYPES, SYSTEM_ACTORS, actionSummary, fieldLabel, formatValue, isoDateTime, visibleFields } from "./labels";

export type ChangeRow = { field: string; label: string; before: string | null; after: string | null };
export type AuditEntry = {
  id: string;
  /** ISO 8601, UTC */
  at: string;
  actor: { id: string; name: string };
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  changes: ChangeRow[];
  /** for an OpenAPI description arriving: the revision, and how many of its changes break clients */
  revision?: { id: string; breakingChanges: number | null };
  /** which side's values are not shown: the record was hidden from the viewer then (before a change that showed it to them, say) */
  withheld?: "before" | "after";
};
export type LoggedEntry = AuditEntry & { entity: { name: string; href?: string } };

type Event = { id: string; at: Date; actor: string; action: string; entityType: string; entityId: string; changes: string };
type RecordedEvent = Event & { audienceBefore: string | null; audienceAfter: string | null; audienceOrganisationId: string | null };

function parseChanges(json: string): Changes {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Changes) : {};
  } catch {
    return {};
  }
}

/**
 * Names for the people and processes behind events. Email addresses stand in for missing
 * names only for signed-in viewers; the public sees a name or a neutral phrase.
 */
export async function actorNames(db: Db, viewer: Viewer, actors: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actors)].filter((a) => !a.startsWith("system:"));
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name ?? (viewer.kind === "user" ? u.email : null) ?? "A catalogue user"]));
  for (const actor of actors) {
    if (!names.has(actor)) names.set(actor, SYSTEM_ACTORS[actor] ?? (actor.startsWith("system:") ? "An automated process" : "A removed account"));
  }
  return names;
}

/** Organisation, system and API ids mentioned in changes, as names (systems and APIs only if the viewer may see them). */
async function referencedNames(db: Db, viewer: Viewer, events: { changes: Changes }[]): Promise<Map<string, string>> {
  const values = (...fields: string[]) => [
    ...new Set(events.flatMap((e) => fields.flatMap((field) => [e.changes[field]?.before, e.changes[field]?.after])).filter((v): v is string => typeof v === "string")),
  ];
  const [organisationIds, systemIds, apiIds] = [values("organisationId"), values("systemId", "fromSystemId", "toSystemId"), values("apiId")];
  const [organisations, systems, apis] = await Promise.all([
    organisationIds.length ? db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }) : [],
    systemIds.length ? db.system.findMany({ where: { id: { in: systemIds }, ...visibleSystemWhere(viewer) }, select: { id: true, name: true } }) : [],
    apiIds.length ? db.api.findMany({ where: { AND: [{ id: { in: apiIds } }, visibleApiWhere(viewer)] }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([...organisations, ...systems, ...apis].map((r) => [r.id, r.name]));
}

/** `summaryOf`: the changes that say what kind of change it was ("Published"), when some of `changes` are withheld. */
async function present(db: Db, viewer: Viewer, events: (Event & { summaryOf?: string })[]): Promise<AuditEntry[]> {
  const parsed = events.map((e) => ({ ...e, changes: parseChanges(e.changes), kind: parseChanges(e.summaryOf ?? e.changes) }));
  const [actors, names] = await Promise.all([actorNames(db, viewer, events.map((e) => e.actor)), referencedNames(db, viewer, parsed)]);
  return parsed.map((e) => ({
    id: e.id,
    at: isoDateTime(e.at),
    actor: { id: e.actor, name: actors.get(e.actor)! },
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    summary: actionSummary(e.entityType, e.action, e.kind),
    changes: visibleFields(e.entityType, e.changes).map((field) => ({
      field,
      label: fieldLabel(field),
      before: formatValue(field, e.changes[field]!.before, names),
      after: formatValue(field, e.changes[field]!.after, names),
    })),
  }));
}

/**
 * An event as this viewer may see it: the values of a side they could not see when it was written
 * (before an internal API was made public, say) are left out, and marked withheld. A side with
 * no record (before a create, after a delete) has nothing to withhold.
 */
function asSeenBy(viewer: Viewer, event: RecordedEvent, sees = (audience: string) => inAudience(viewer, audience, event.audienceOrganisationId)): { event: Event & { summaryOf?: string }; withheld?: "before" | "after" } {
  const hidden = (audience: string | null) => audience !== null && !sees(audience);
  const side = hidden(event.audienceBefore) ? "before" : hidden(event.audienceAfter) ? "after" : undefined;
  if (!side) return { event };
  const changes = Object.fromEntries(Object.entries(parseChanges(event.changes)).map(([field, change]) => [field, { ...change, [side]: null }]));
  // Which fields changed, and so the summary ("Published"), is shown; only the values are withheld.
  return { event: { ...event, changes: JSON.stringify(changes), summaryOf: event.changes }, withheld: side };
}

/**
 * The history of one API or system, newest first, or null when the viewer may not see it (a
 * hidden record has no history, exactly as if it did not exist). An API's history includes
 * its OpenAPI descriptions arriving. Only what the viewer could see when it was written is there:
 * an event from while the record was hidden from them is left out (`withheld` counts them), and
 * one that showed it to them keeps only the side they could see.
 */
export async function historyOf(db: Db, viewer: Viewer, entityType: "Api" | "System", entityId: string): Promise<{ entries: AuditEntry[]; withheld: number } | null> {
  const visible =
    entityType === "Api"
      ? await db.api.findFirst({ where: { id: entityId, ...visibleApiWhere(viewer) }, select: { id: true } })
      : await db.system.findFirst({ where: { id: entityId, ...visibleSystemWhere(viewer) }, select: { id: true } });
  if (!visible) return null;
  const revisions = entityType === "Api" ? await db.specRevision.findMany({ where: { apiId: entityId }, select: { id: true, previousId: true, breakingChanges: true } }) : [];
  const about = { OR: [{ entityType, entityId }, ...(revisions.length ? [{ entityType: "SpecRevision", entityId: { in: revisions.map((r) => r.id) } }] : [])] };
  const seen = { OR: [audienceWhere(viewer, "audienceBefore"), audienceWhere(viewer, "audienceAfter")] };
  const [events, all, shownRevisions] = await Promise.all([
    db.auditEvent.findMany({ where: { AND: [about, seen] }, orderBy: [{ at: "desc" }, { id: "desc" }] }),
    db.auditEvent.count({ where: about }),
    revisions.length ? db.specRevision.findMany({ where: { apiId: entityId, ...visibleRevisionWhere(viewer) }, select: { id: true } }) : [],
  ]);
  const seenBy = events.map((e) => asSeenBy(viewer, e));
  const withheldSide = new Map(seenBy.flatMap(({ event, withheld }) => (withheld ? [[event.id, withheld] as const] : [])));
  const shown = new Set(shownRevisions.map((r) => r.id));
  const revisionById = new Map(revisions.map((r) => [r.id, { id: r.id, breakingChanges: comparisonSeenBy(r, shown).breakingChanges }]));
  const entries = (await present(db, viewer, seenBy.map((e) => e.event))).map((e) => {
    const revision = e.entityType === "SpecRevision" && e.action === "create" && shown.has(e.entityId) ? revisionById.get(e.entityId) : undefined;
    const withheld = withheldSide.get(e.id);
    return { ...e, ...(revision ? { revision } : {}), ...(withheld ? { withheld } : {}) };
  });
  return { entries, withheld: all - events.length };
}

/**
 * A connection's history, newest first, or null when the viewer may not see it. An internal
 * connection is its two ends' organisations' (which never change, as its ends never do), so an
 * event of one is seen by the people of either; otherwise as an API's or a system's history.
 */
export async function connectionHistory(db: Db, viewer: Viewer, id: string): Promise<{ entries: AuditEntry[]; withheld: number } | null> {
  const end = { select: { organisationId: true } };
  const connection = await db.connection.findFirst({ where: { AND: [{ id }, visibleConnectionWhere(viewer)] }, select: { fromSystem: end, toSystem: end } });
  if (!connection) return null;
  const organisations = [connection.fromSystem.organisationId, connection.toSystem.organisationId];
  const events = await db.auditEvent.findMany({ where: { entityType: "Connection", entityId: id }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  const seenBy = events.flatMap((event) => {
    const sees = (audience: string) => (audience === "internal" ? organisations.some((o) => inAudience(viewer, audience, o)) : inAudience(viewer, audience, event.audienceOrganisationId));
    const shown = [event.audienceBefore, event.audienceAfter].some((audience) => audience !== null && sees(audience));
    return shown ? [asSeenBy(viewer, event, sees)] : [];
  });
  const entries = await present(db, viewer, seenBy.map((e) => e.event));
  return { entries: entries.map((e, i) => (seenBy[i]!.withheld ? { ...e, withheld: seenBy[i]!.withheld } : e)), withheld: events.length - seenBy.length };
}

/** An API found by its web address, with its history; null when missing or hidden. */
export async function apiHistory(db: Db, viewer: Viewer, slug: string) {
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: { id: true, slug: true, name: true, organisation: { select: { name: true, slug: true } } } });
  const history = api ? await historyOf(db, viewer, "Api", api.id) : null;
  return api && history ? { record: api, history: history.entries, withheld: history.withheld } : null;
}

/** A system found by its web address, with its history; null when missing or hidden. */
export async function systemHistory(db: Db, viewer: Viewer, slug: string) {
  const system = await db.system.findFirst({ where: { slug, ...visibleSystemWhere(viewer) }, select: { id: true, slug: true, name: true, organisation: { select: { name: true, slug: true } } } });
  const history = system ? await historyOf(db, viewer, "System", system.id) : null;
  return system && history ? { record: system, history: history.entries, withheld: history.withheld } : null;
}

const isoDay = z.iso.date();
export const auditFiltersSchema = z.object({
  entityType: z.enum(ENTITY_TYPES).optional(),
  action: z.string().regex(/^[a-z-]{1,30}$/).optional(),
  actor: z.string().min(1).max(100).optional(),
  /** first day to include, YYYY-MM-DD (UTC) */
  from: isoDay.optional(),
  /** last day to include, YYYY-MM-DD (UTC) */
  to: isoDay.optional(),
  page: z.number().int().min(1).default(1),
});
export type AuditFilters = z.input<typeof auditFiltersSchema>;

export const AUDIT_PAGE_SIZE = 25;

function nextDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** The global audit log for admins: filtered, newest first, a page at a time. */
export async function auditLog(db: Db, viewer: Viewer, input: AuditFilters) {
  authorise(viewer, "audit.read-all");
  const filters = auditFiltersSchema.parse(input);
  const where = {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.from || filters.to
      ? { at: { ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}), ...(filters.to ? { lt: nextDay(filters.to) } : {}) } }
      : {}),
  };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const events = await db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  const entries = await present(db, viewer, events);
  const entities = await describeEntities(db, entries);
  return { entries: entries.map((e) => ({ ...e, entity: entities.get(`${e.entityType}:${e.entityId}`) ?? fallbackEntity(e) })), total, page, pageCount };
}

/** Everyone who has done something, for the "who" filter. */
export async function auditActors(db: Db, viewer: Viewer): Promise<{ id: string; name: string }[]> {
  authorise(viewer, "audit.read-all");
  const actors = (await db.auditEvent.groupBy({ by: ["actor"] })).map((g) => g.actor);
  const names = await actorNames(db, viewer, actors);
  return actors.map((id) => ({ id, name: names.get(id)! })).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

// A record that has since been deleted is named from what its events said about it.
function fallbackEntity(entry: AuditEntry): { name: string } {
  const name = entry.changes.find((c) => c.field === "name");
  return { name: name?.after ?? name?.before ?? entry.entityId };
}

/** What each logged event is about: a name and, where there is one, the page to see it on. */
async function describeEntities(db: Db, entries: AuditEntry[]): Promise<Map<string, { name: string; href?: string }>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const memberships = ids("Membership").map((key) => ({ key, userId: key.split(":")[0]!, organisationId: key.split(":")[1] ?? "" }));
  const [apis, systems, organisations, users, revisions, connections] = await Promise.all([
    db.api.findMany({ where: { id: { in: ids("Api") } }, select: { id: true, slug: true, name: true } }),
    db.system.findMany({ where: { id: { in: ids("System") } }, select: { id: true, slug: true, name: true } }),
    db.organisation.findMany({ where: { id: { in: [...ids("Organisation"), ...memberships.map((m) => m.organisationId)] } }, select: { id: true, slug: true, name: true } }),
    db.user.findMany({ where: { id: { in: [...ids("User"), ...memberships.map((m) => m.userId)] } }, select: { id: true, name: true, email: true } }),
    db.specRevision.findMany({ where: { id: { in: ids("SpecRevision") } }, select: { id: true, api: { select: { slug: true, name: true } } } }),
    db.connection.findMany({ where: { id: { in: ids("Connection") } }, select: { id: true, fromSystem: { select: { name: true } }, toSystem: { select: { name: true } } } }),
  ]);
  const result = new Map<string, { name: string; href?: string }>();
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const userById = new Map(users.map((u) => [u.id, u]));
  for (const a of apis) result.set(`Api:${a.id}`, { name: a.name, href: `/apis/${a.slug}/history` });
  for (const s of systems) result.set(`System:${s.id}`, { name: s.name, href: `/systems/${s.slug}/history` });
  for (const o of organisations) result.set(`Organisation:${o.id}`, { name: o.name, href: `/organisations/${o.slug}` });
  for (const u of users) result.set(`User:${u.id}`, { name: u.name ?? u.email ?? "An unnamed account", href: `/admin/users/${u.id}` });
  for (const r of revisions) result.set(`SpecRevision:${r.id}`, { name: `OpenAPI description of ${r.api.name}`, href: `/apis/${r.api.slug}/revisions/${r.id}` });
  for (const c of connections) result.set(`Connection:${c.id}`, { name: `Connection from ${c.fromSystem.name} to ${c.toSystem.name}`, href: `/connections/${c.id}` });
  for (const m of memberships) {
    const user = userById.get(m.userId);
    const organisation = organisationById.get(m.organisationId);
    const entry = entries.find((e) => e.entityType === "Membership" && e.entityId === m.key);
    const said = (field: string) => entry?.changes.find((c) => c.field === field);
    const person = user ? (user.name ?? user.email ?? "An unnamed account") : (said("person")?.after ?? said("person")?.before ?? "A removed account");
    const organisationName = organisation?.name ?? said("organisation")?.after ?? said("organisation")?.before ?? "a removed organisation";
    result.set(`Membership:${m.key}`, { name: `${person} in ${organisationName}`, ...(user ? { href: `/admin/users/${user.id}` } : {}) });
  }
  return result;
}
