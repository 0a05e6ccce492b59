import type { Db } from "@/lib/db";
import { visibleSystemWhere, type Viewer } from "@/lib/catalogue/visibility";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { levelHistory } from "@/lib/maturity/assessment-queries";
import { bulkLinks, decodeCursor, onlyParameters, page, pageLimit } from "../cursor";
import { notFound } from "../errors";
import { iso, links, organisationSummary } from "../serialise";

const SYSTEM_SELECT = {
  slug: true, name: true, description: true, lifecycle: true, hosting: true, ownerTeam: true, ownerEmail: true, status: true, example: true, updatedAt: true,
  organisation: { select: { slug: true, name: true } },
} as const;
type SystemRow = { slug: string; name: string; description: string; lifecycle: string; hosting: string; ownerTeam: string | null; ownerEmail: string | null; status: string; example: boolean; updatedAt: Date; organisation: { slug: string; name: string } };

function systemBody(s: SystemRow) {
  return {
    slug: s.slug,
    name: s.name,
    description: s.description,
    organisation: organisationSummary(s.organisation),
    status: s.status,
    lifecycle: s.lifecycle,
    hosting: s.hosting,
    ownerTeam: s.ownerTeam,
    ownerEmail: s.ownerEmail,
    example: s.example,
    updatedAt: iso(s.updatedAt),
    links: { self: links.system(s.slug), html: `/systems/${encodeURIComponent(s.slug)}`, connections: `/api/v1/connections?system=${encodeURIComponent(s.slug)}` },
  };
}

/** Systems this viewer may see, by slug; `organisation` narrows to one organisation's. */
export async function listSystems(db: Db, viewer: Viewer, url: URL) {
  onlyParameters(url, ["organisation", "limit", "cursor"]);
  const limit = pageLimit(url);
  const after = decodeCursor("systems", url.searchParams.get("cursor"), 1);
  const organisation = url.searchParams.get("organisation");
  const where = { AND: [visibleSystemWhere(viewer), ...(organisation ? [{ organisation: { slug: organisation } }] : []), ...(after ? [{ slug: { gt: after[0] } }] : [])] };
  const rows = await db.system.findMany({ where, select: SYSTEM_SELECT, orderBy: { slug: "asc" }, take: limit + 1 });
  const result = page(rows, limit, "systems", (s) => [s.slug], url);
  return { items: result.items.map(systemBody), links: { ...result.links, ...bulkLinks("systems") } };
}

export async function oneSystem(db: Db, viewer: Viewer, slug: string) {
  const row = await db.system.findFirst({ where: { slug, ...visibleSystemWhere(viewer) }, select: SYSTEM_SELECT });
  if (!row) throw notFound("system");
  return systemBody(row);
}

const end = { select: { slug: true, name: true } } as const;

/** Connections this viewer may see (both ends included), by id; `system` narrows to those of one system, either end. */
export async function listConnections(db: Db, viewer: Viewer, url: URL) {
  onlyParameters(url, ["system", "limit", "cursor"]);
  const limit = pageLimit(url);
  const after = decodeCursor("connections", url.searchParams.get("cursor"), 1);
  const system = url.searchParams.get("system");
  const where = { AND: [visibleConnectionWhere(viewer), ...(system ? [{ OR: [{ fromSystem: { slug: system } }, { toSystem: { slug: system } }] }] : []), ...(after ? [{ id: { gt: after[0] } }] : [])] };
  const rows = await db.connection.findMany({
    where,
    orderBy: { id: "asc" },
    take: limit + 1,
    select: { id: true, description: true, direction: true, technology: true, openStandard: true, personalData: true, frequency: true, lifecycle: true, visibility: true, confirmation: true, example: true, updatedAt: true, fromSystem: end, toSystem: end, api: { select: { slug: true, name: true } } },
  });
  const result = page(rows, limit, "connections", (c) => [c.id], url);
  const ref = (s: { slug: string; name: string }) => ({ slug: s.slug, name: s.name, href: links.system(s.slug) });
  return {
    items: result.items.map((c) => ({
      id: c.id,
      from: ref(c.fromSystem),
      to: ref(c.toSystem),
      api: c.api ? { slug: c.api.slug, name: c.api.name, href: links.api(c.api.slug) } : null,
      description: c.description,
      direction: c.direction,
      technology: c.technology,
      openStandard: c.openStandard,
      personalData: c.personalData,
      frequency: c.frequency,
      lifecycle: c.lifecycle,
      visibility: c.visibility,
      confirmation: c.confirmation,
      example: c.example,
      updatedAt: iso(c.updatedAt),
    })),
    links: { ...result.links, ...bulkLinks("connections") },
  };
}

/** An organisation's published maturity assessments: the levels each reached, oldest first (published levels are shown to everyone). */
export async function publishedAssessments(db: Db, slug: string, url: URL) {
  onlyParameters(url, []);
  const organisation = await db.organisation.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!organisation) throw notFound("organisation");
  const history = await levelHistory(db, organisation.id);
  return { organisation: organisationSummary(organisation), items: history.map((h) => ({ approvedOn: h.date, levels: h.levels })), links: { self: `${links.organisation(slug)}/assessments`, html: `/organisations/${encodeURIComponent(slug)}/maturity` } };
}
