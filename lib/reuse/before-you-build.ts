import { organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleApiSql } from "@/lib/catalogue/visibility";
import { engineOfClient, Prisma, type Db } from "@/lib/db";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { needTerms, postgresAnyOf, rankCandidates, sqliteAnyOf, tierOf, type Candidate } from "./ranking";

/** The most results shown: enough to choose from, few enough to read. */
export const MOST_RESULTS = 20;

type Match = { id: string; relevance: number | string };

/** The draft rule of visibleSystemWhere as SQL, for the raw full-text query (`y` is the System table's alias). */
function visibleSystemSql(viewer: Viewer): Prisma.Sql {
  const drafts = organisationsFor(viewer, "draft.read");
  if (drafts === "all") return Prisma.sql`TRUE`;
  const own = drafts.length ? Prisma.sql` OR (y."status" = 'draft' AND y."organisationId" IN (${Prisma.join(drafts)}))` : Prisma.empty;
  return Prisma.sql`(y."status" = 'published'${own})`;
}

/** Systems not retired whose name, capabilities or description match any of the words, best first (the index's own score). */
async function matchingSystems(db: Db, viewer: Viewer, terms: string[]): Promise<Match[]> {
  const visible = visibleSystemSql(viewer);
  return engineOfClient(db) === "sqlite"
    ? db.$queryRaw<Match[]>`SELECT s."system_id" AS "id", -bm25(s."system_search", 0.0, 10.0, 1.0, 5.0) AS "relevance"
        FROM "system_search" s JOIN "System" y ON y."id" = s."system_id"
        WHERE s."system_search" MATCH ${sqliteAnyOf(terms)} AND y."lifecycle" <> 'retired' AND ${visible}
        ORDER BY "relevance" DESC LIMIT ${MOST_RESULTS}`
    : db.$queryRaw<Match[]>`SELECT s."system_id" AS "id", ts_rank_cd(s."document", "query") AS "relevance"
        FROM to_tsquery('english', ${postgresAnyOf(terms)}) AS "query", "system_search" s JOIN "System" y ON y."id" = s."system_id"
        WHERE s."document" @@ "query" AND y."lifecycle" <> 'retired' AND ${visible}
        ORDER BY "relevance" DESC LIMIT ${MOST_RESULTS}`;
}

/** APIs not retired whose name, organisation, tags (the capabilities their publishers list) or description match, best first. */
async function matchingApis(db: Db, viewer: Viewer, terms: string[]): Promise<Match[]> {
  const visible = visibleApiSql(viewer);
  return engineOfClient(db) === "sqlite"
    ? db.$queryRaw<Match[]>`SELECT s."api_id" AS "id", -bm25(s."api_search", 0.0, 10.0, 1.0, 4.0, 4.0) AS "relevance"
        FROM "api_search" s JOIN "Api" a ON a."id" = s."api_id"
        WHERE s."api_search" MATCH ${sqliteAnyOf(terms)} AND a."lifecycle" <> 'retired' AND ${visible}
        ORDER BY "relevance" DESC LIMIT ${MOST_RESULTS}`
    : db.$queryRaw<Match[]>`SELECT s."api_id" AS "id", ts_rank_cd(s."document", "query") AS "relevance"
        FROM to_tsquery('english', ${postgresAnyOf(terms)}) AS "query", "api_search" s JOIN "Api" a ON a."id" = s."api_id"
        WHERE s."document" @@ "query" AND a."lifecycle" <> 'retired' AND ${visible}
        ORDER BY "relevance" DESC LIMIT ${MOST_RESULTS}`;
}

const ORGANISATION = { select: { slug: true, name: true } } as const;

/** How many organisations' systems each of these systems is connected with, by the connections the viewer may see. */
async function organisationsUsingSystems(db: Db, viewer: Viewer, ids: string[]): Promise<Map<string, number>> {
  const connections = await db.connection.findMany({
    where: { AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }, { OR: [{ fromSystemId: { in: ids } }, { toSystemId: { in: ids } }] }] },
    select: { fromSystemId: true, toSystemId: true, fromSystem: { select: { organisationId: true } }, toSystem: { select: { organisationId: true } } },
  });
  const users = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const c of connections) {
    users.get(c.fromSystemId)?.add(c.toSystem.organisationId);
    users.get(c.toSystemId)?.add(c.fromSystem.organisationId);
  }
  return new Map([...users].map(([id, organisations]) => [id, organisations.size]));
}

/** How many organisations' systems use each of these APIs, by the connections through it the viewer may see. */
async function organisationsUsingApis(db: Db, viewer: Viewer, ids: string[]): Promise<Map<string, number>> {
  const connections = await db.connection.findMany({
    where: { AND: [visibleConnectionWhere(viewer), { lifecycle: { not: "retired" } }, { apiId: { in: ids } }] },
    select: { apiId: true, fromSystem: { select: { organisationId: true } } },
  });
  const users = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const c of connections) users.get(c.apiId!)?.add(c.fromSystem.organisationId);
  return new Map([...users].map(([id, organisations]) => [id, organisations.size]));
}

/**
 * "Before you build": the shared platforms, open-source systems and APIs across government that
 * already meet a need described in plain words, ranked (lib/reuse/ranking.ts), each with who runs
 * it, how to start and how many organisations already use it. An API shown under its system's
 * result is not listed again on its own. Visibility applies in every query.
 */
export async function findExisting(db: Db, viewer: Viewer, need: string) {
  const terms = needTerms(need);
  if (!terms.length) return { terms, results: [] };
  const [systemMatches, apiMatches] = await Promise.all([matchingSystems(db, viewer, terms), matchingApis(db, viewer, terms)]);
  const [systems, apis] = await Promise.all([
    db.system.findMany({ where: { id: { in: systemMatches.map((m) => m.id) } }, include: { organisation: ORGANISATION } }),
    db.api.findMany({ where: { id: { in: apiMatches.map((m) => m.id) } }, include: { organisation: ORGANISATION, system: true } }),
  ]);
  const shownSystems = new Set(systems.map((s) => s.id));
  const standalone = apis.filter((a) => !a.systemId || !shownSystems.has(a.systemId));
  const [systemUsers, apiUsers] = await Promise.all([organisationsUsingSystems(db, viewer, systems.map((s) => s.id)), organisationsUsingApis(db, viewer, apis.map((a) => a.id))]);
  const relevance = new Map([...systemMatches, ...apiMatches].map((m) => [m.id, Number(m.relevance)]));

  const candidates = [
    ...systems.map((system) => ({
      kind: "system" as const,
      id: system.id,
      name: system.name,
      tier: tierOf(system),
      relevance: relevance.get(system.id) ?? 0,
      system,
      apis: apis.filter((a) => a.systemId === system.id),
      organisationsUsing: systemUsers.get(system.id) ?? 0,
    })),
    ...standalone.map((api) => ({
      kind: "api" as const,
      id: api.id,
      name: api.name,
      // An API's tier is its system's, had it one that did not match; a draft's is not told.
      tier: tierOf(api.system?.status === "published" ? api.system : null),
      relevance: relevance.get(api.id) ?? 0,
      api,
      organisationsUsing: apiUsers.get(api.id) ?? 0,
    })),
  ] satisfies Candidate[];
  return { terms, results: rankCandidates(candidates).slice(0, MOST_RESULTS) };
}

export type ExistingResult = Awaited<ReturnType<typeof findExisting>>["results"][number];
