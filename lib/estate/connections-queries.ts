import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { mayActOn, sidesOf } from "./connections";
import { visibleConnectionWhere } from "./visibility";

const SYSTEM = { select: { id: true, slug: true, name: true, organisationId: true, lifecycle: true, example: true, organisation: { select: { slug: true, name: true, acronym: true } } } } as const;
const API = { select: { id: true, slug: true, name: true } } as const;
const LIVE = { lifecycle: { not: "retired" } };

/** One connection the viewer may see, with its ends and API, or null (hidden looks the same as missing). */
export async function getConnection(db: Db, viewer: Viewer, id: string) {
  return db.connection.findFirst({ where: { AND: [{ id }, visibleConnectionWhere(viewer)] }, include: { fromSystem: SYSTEM, toSystem: SYSTEM, api: API } });
}
export type ConnectionDetail = NonNullable<Awaited<ReturnType<typeof getConnection>>>;

/**
 * What a system sends and receives, as the viewer may see it (retired connections left out). A
 * two-way connection is in both lists: each end sends and receives.
 */
export async function connectionsOfSystem(db: Db, viewer: Viewer, systemId: string) {
  const list = (where: object) =>
    db.connection.findMany({
      where: { AND: [where, LIVE, visibleConnectionWhere(viewer)] },
      include: { fromSystem: SYSTEM, toSystem: SYSTEM, api: API },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
  const [sends, receives] = await Promise.all([
    list({ OR: [{ fromSystemId: systemId }, { toSystemId: systemId, direction: "both" }] }),
    list({ OR: [{ toSystemId: systemId }, { fromSystemId: systemId, direction: "both" }] }),
  ]);
  const other = (c: (typeof sends)[number]) => (c.fromSystemId === systemId ? c.toSystem : c.fromSystem);
  return { sends: sends.map((c) => ({ ...c, other: other(c) })), receives: receives.map((c) => ({ ...c, other: other(c) })) };
}
export type SystemConnection = Awaited<ReturnType<typeof connectionsOfSystem>>["sends"][number];

/** "Used by": the systems whose visible, live connections go through this API, each once. */
export async function systemsUsingApi(db: Db, viewer: Viewer, apiId: string) {
  const connections = await db.connection.findMany({
    where: { AND: [{ apiId }, LIVE, visibleConnectionWhere(viewer)] },
    select: { id: true, confirmation: true, example: true, fromSystem: SYSTEM },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const seen = new Set<string>();
  return connections.filter((c) => !seen.has(c.fromSystem.id) && seen.add(c.fromSystem.id)).map((c) => ({ connectionId: c.id, confirmation: c.confirmation, example: c.example, system: c.fromSystem }));
}

type Ends = { id: string; lifecycle: string; confirmation: string; declaredBy: string; fromSystem: { organisationId: string }; toSystem: { organisationId: string } };
export type ConnectionLink = { href: string; text: string };

/** The links to what this viewer may do to a connection, by the same rules the services apply. */
export function connectionActions(viewer: Viewer, connection: Ends): ConnectionLink[] {
  const base = `/connections/${connection.id}`;
  const links: ConnectionLink[] = [];
  if (connection.lifecycle !== "retired") {
    const answers = can(viewer, "connection.confirm") || sidesOf(viewer, connection).some((end) => end !== connection.declaredBy);
    if (mayActOn(viewer, "connection.confirm", connection) && answers) {
      if (connection.confirmation !== "confirmed") links.push({ href: `${base}/confirm`, text: "Confirm" });
      if (connection.confirmation !== "disputed") links.push({ href: `${base}/dispute`, text: "Dispute" });
    }
    if (mayActOn(viewer, "connection.update", connection)) links.push({ href: `${base}/edit`, text: "Edit" });
    if (mayActOn(viewer, "connection.retire", connection)) links.push({ href: `${base}/retire`, text: "Retire" });
  }
  links.push({ href: `${base}/history`, text: "History" });
  return links;
}

/** The systems a connection's other end may be, grouped by organisation, for the "Add a connection" select. */
export async function otherSystemChoices(db: Db, viewer: Viewer, systemId: string) {
  const systems = await db.system.findMany({
    where: { ...visibleSystemWhere(viewer), ...LIVE, id: { not: systemId } },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, status: true, organisation: { select: { name: true } } },
  });
  const groups = new Map<string, { value: string; text: string }[]>();
  for (const s of systems) {
    const group = groups.get(s.organisation.name) ?? groups.set(s.organisation.name, []).get(s.organisation.name)!;
    group.push({ value: s.id, text: s.status === "draft" ? `${s.name} (draft)` : s.name });
  }
  return [...groups].map(([label, options]) => ({ label, options }));
}

/** The APIs a connection into this system may go through: its own, and its organisation's that belong to no system. */
export async function receivingApiChoices(db: Db, viewer: Viewer, system: { id: string; organisationId: string }) {
  const apis = await db.api.findMany({
    where: { AND: [visibleApiWhere(viewer), { OR: [{ systemId: system.id }, { systemId: null, organisationId: system.organisationId }] }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return apis.map((a) => ({ value: a.id, text: a.name }));
}
