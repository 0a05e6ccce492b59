/**
 * Automatic evidence: the estate's systems, APIs and connections, each judged against every
 * measure of the model, for one organisation or one system. Only what is in the catalogue counts:
 * published, not retired records (a draft is not yet part of the estate).
 */
import { can } from "@/lib/auth/policy";
import { userViewer, type Viewer } from "@/lib/auth/viewer";
import { visibleApiWhere, visibleRevisionWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { readStandards } from "@/lib/standards";
import type { EvidenceItem, Facts } from "./levels";
import { DEFAULTS } from "./model";

/**
 * The viewer an organisation's grid is worked out as. Its own grid must be the same for everyone
 * entitled to it, so it counts all its records as its own publishers see them (internal APIs and
 * connections included); those who may read its internal records (its publishers, assessors,
 * admins) see that grid. Anyone else gets the grid of what they may see, labelled as such, so
 * nothing internal leaks through a name or a count.
 */
export function maturityLens(viewer: Viewer, organisationId: string): { viewer: Viewer; whole: boolean } {
  if (!can(viewer, "api.read-internal", { organisationId })) return { viewer, whole: false };
  return { viewer: userViewer({ id: `maturity:${organisationId}`, name: null, email: null, role: "none", organisationIds: [organisationId] }), whole: true };
}

export type Target = { organisationId: string } | { systemId: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const current = { status: "published", lifecycle: { not: "retired" } };
const systemSelect = { id: true, slug: true, name: true, description: true, ownerTeam: true, ownerEmail: true } as const;
type SystemRow = { id: string; slug: string; name: string; description: string; ownerTeam: string | null; ownerEmail: string | null };
type Link = { from: SystemRow; to: SystemRow; direction: string; openStandard: boolean; throughApi: boolean };

const systemItem = (s: SystemRow, state: EvidenceItem["state"], note?: string): EvidenceItem => ({ name: s.name, href: `/systems/${s.slug}`, state, ...(note ? { note } : {}) });

/** Whether an API's current description says it uses OAuth 2.0 or OpenID Connect (the gds-oauth2 verdict). */
function oauthItem(api: ApiRow): EvidenceItem {
  const item = { name: api.name, href: `/apis/${api.slug}` };
  const revision = api.specRevisions[0];
  if (!revision) return { ...item, state: "no", note: "No OpenAPI description shows how it is secured." };
  const row = readStandards(revision.standards)?.rows.find((r) => r.ruleId === "gds-oauth2");
  if (row?.outcome === "pass") return { ...item, state: "yes" };
  if (row?.outcome === "not-applicable") return { ...item, state: "excluded", note: "Asks for no credentials (open to all), so OAuth does not apply." };
  if (row?.outcome === "fail") return { ...item, state: "no", note: row.messages[0]?.message ?? "Its security schemes are not OAuth 2.0 or OpenID Connect." };
  return { ...item, state: "no", note: "Its OpenAPI description could not be checked for OAuth (some references could not be followed)." };
}

function selfUpdatingItem(api: ApiRow, now: Date): EvidenceItem {
  const item = { name: api.name, href: `/apis/${api.slug}` };
  const revision = api.specRevisions[0];
  if (!revision) return { ...item, state: "no", note: "No OpenAPI description in the catalogue." };
  if (revision.arrivedVia === "api") return { ...item, state: "yes", note: "Pushed by a pipeline." };
  const source = api.specSource;
  if (!source) return { ...item, state: "no", note: "Its OpenAPI description was uploaded or pasted by hand, not fetched from a web address." };
  const recent = source.status === "ok" && source.lastFetchedAt && now.getTime() - source.lastFetchedAt.getTime() <= DEFAULTS.selfUpdatingDays * DAY_MS;
  if (recent) return { ...item, state: "yes", note: `Fetched from ${source.url} on ${source.lastFetchedAt!.toISOString().slice(0, 10)}.` };
  return { ...item, state: "no", note: source.status === "ok" ? `Not fetched from ${source.url} in the last ${DEFAULTS.selfUpdatingDays} days.` : `Fetching it from ${source.url} fails: ${source.error ?? source.status}.` };
}

type ApiRow = Awaited<ReturnType<typeof loadApis>>[number];
function loadApis(db: Db, viewer: Viewer, target: Target) {
  return db.api.findMany({
    where: { AND: [visibleApiWhere(viewer), current, "systemId" in target ? { systemId: target.systemId } : { organisationId: target.organisationId }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      visibility: true,
      systemId: true,
      specSource: { select: { url: true, status: true, error: true, lastFetchedAt: true } },
      specRevisions: { where: { AND: [{ status: "checked" }, visibleRevisionWhere(viewer)] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { standards: true, arrivedVia: true } },
    },
  });
}

/**
 * The core data sets each of these systems is the authoritative source of that other systems
 * draw on, keeping a copy in step through a live connection the viewer may see, in words.
 */
async function referenceSources(db: Db, viewer: Viewer, ofSystems: { id: string } | { organisationId: string }): Promise<Map<string, string[]>> {
  const copies = { kind: "in-step", connection: { AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }] }, system: current };
  const held = await db.dataSetHolding.findMany({
    where: { kind: "source", system: { ...ofSystems, ...current }, dataSet: { holdings: { some: copies } } },
    orderBy: { dataSet: { name: "asc" } },
    select: { systemId: true, dataSet: { select: { name: true, holdings: { where: copies, orderBy: { system: { name: "asc" } }, select: { system: { select: { name: true } } } } } } },
  });
  const words = new Map<string, string[]>();
  for (const h of held) words.set(h.systemId, [...(words.get(h.systemId) ?? []), `Source of ${h.dataSet.name}, kept in step by ${h.dataSet.holdings.map((c) => c.system.name).join(", ")}.`]);
  return words;
}

/** Every measure's evidence for an organisation's or a system's records, as this viewer may see them. */
export async function estateFacts(db: Db, viewer: Viewer, target: Target, now = new Date()): Promise<Facts> {
  const ofSystems = "systemId" in target ? { id: target.systemId } : { organisationId: target.organisationId };
  const end = { status: "published" };
  const connectionWhere = {
    AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }, { fromSystem: end }, { toSystem: end }, { OR: [{ fromSystem: ofSystems }, { toSystem: ofSystems }] }],
  };
  const [systems, apis, connections, throughApi, sources] = await Promise.all([
    db.system.findMany({ where: { ...ofSystems, ...current }, orderBy: { name: "asc" }, select: systemSelect }),
    loadApis(db, viewer, target),
    db.connection.findMany({ where: connectionWhere, select: { id: true, direction: true, openStandard: true, fromSystem: { select: systemSelect }, toSystem: { select: systemSelect } } }),
    db.connection.findMany({ where: { AND: [connectionWhere, { api: visibleApiWhere(viewer) }] }, select: { id: true } }),
    referenceSources(db, viewer, ofSystems),
  ]);
  const viaApi = new Set(throughApi.map((c) => c.id));
  const links: Link[] = connections.map((c) => ({ from: c.fromSystem, to: c.toSystem, direction: c.direction, openStandard: c.openStandard, throughApi: viaApi.has(c.id) }));
  const ours = new Set(systems.map((s) => s.id));
  // Each system's connections and the systems its data flows to (the receiving end, or either end
  // of a two-way connection), gathered in one pass so a large estate costs no more than its links.
  const connected = new Set<string>();
  const consumers = new Map<string, Set<string>>();
  const consume = (from: SystemRow, to: SystemRow) => consumers.set(from.id, (consumers.get(from.id) ?? new Set()).add(to.name));
  for (const l of links) {
    connected.add(l.from.id).add(l.to.id);
    consume(l.from, l.to);
    if (l.direction === "both") consume(l.to, l.from);
  }
  const withApi = new Set(apis.map((a) => a.systemId));
  const linkName = (l: Link) => `${l.from.name} ${l.direction === "both" ? "↔" : "→"} ${l.to.name}`;
  const byAudience = (visibility: string) => apis.filter((a) => a.visibility === visibility).map(oauthItem);

  return {
    "system-described": systems.map((s) => systemItem(s, s.description.trim() ? "yes" : "no")),
    "system-documented": systems.map((s) => {
      const missing = [!s.description.trim() && "a description", !(s.ownerTeam || s.ownerEmail) && "an owning team", !connected.has(s.id) && "a documented connection"].filter(Boolean);
      return systemItem(s, missing.length ? "no" : "yes", missing.length ? `Missing ${missing.join(", ")}.` : undefined);
    }),
    "system-has-api": systems.map((s) => systemItem(s, withApi.has(s.id) ? "yes" : "no")),
    "system-connected": systems.map((s) => systemItem(s, connected.has(s.id) ? "yes" : "no")),
    "system-consumed": systems.map((s) => {
      const to = [...(consumers.get(s.id) ?? [])].sort();
      return systemItem(s, to.length >= DEFAULTS.referenceConsumers ? "yes" : "no", to.length ? `Data flows to ${to.join(", ")}.` : "No documented connection takes data from it.");
    }),
    "system-reference-source": systems.map((s) => {
      const drawnOn = sources.get(s.id) ?? [];
      return systemItem(s, drawnOn.length ? "yes" : "no", drawnOn.length ? drawnOn.join(" ") : "It is not the authoritative source of a core data set that another system keeps in step through a connection.");
    }),
    "api-has-spec": apis.map((a) => ({ name: a.name, href: `/apis/${a.slug}`, state: a.specRevisions.length ? "yes" : "no" })),
    "spec-self-updating": apis.map((a) => selfUpdatingItem(a, now)),
    "api-oauth-internal": byAudience("internal"),
    "api-oauth-government": byAudience("government"),
    "api-oauth-public": byAudience("public"),
    "api-oauth-any": apis.map(oauthItem),
    "connection-open-standard": links.map((l) => ({ name: linkName(l), state: l.openStandard ? "yes" : "no" })),
    "connection-through-api": links
      .filter((l) => ours.has(l.to.id) || (l.direction === "both" && ours.has(l.from.id)))
      .map((l) => ({ name: linkName(l), state: l.throughApi ? "yes" : "no" })),
  };
}
