import { engineOfClient, Prisma, type Db } from "@/lib/db";
import { visibleApiSql, visibleApiWhere, type Viewer } from "../visibility";
import { countFacets, type FacetGroup, type Facets } from "./facets";
import { postgresTsQuery, searchTerms, sqliteMatchQuery } from "./fts";
import { MARK_END, MARK_START, excerpt } from "./highlight";
import { PAGE_SIZE, type SearchParams } from "./params";

export type { FacetValue, Facets } from "./facets";

export type SearchHit = {
  id: string;
  slug: string;
  name: string;
  /** name and description with MARK_START/MARK_END around matched words */
  nameHighlighted: string;
  descriptionHighlighted: string;
  organisation: { slug: string; name: string; acronym: string | null };
  lifecycle: string;
  visibility: string;
  authType: string;
  status: string;
  hasSpec: boolean;
  dateUpdated: Date | null;
};

export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number; facets: Facets; terms: string[] };

/** The ids of APIs matching the words, as a subquery of the engine's full-text index. */
function matching(sqlite: boolean, terms: string[]): Prisma.Sql {
  return sqlite
    ? Prisma.sql`SELECT "api_id" FROM "api_search" WHERE "api_search" MATCH ${sqliteMatchQuery(terms)}`
    : Prisma.sql`SELECT "api_id" FROM "api_search" WHERE "document" @@ to_tsquery('english', ${postgresTsQuery(terms)})`;
}

/** An API's standards score as a band (see SCORE_BANDS). */
const SCORE_BAND = Prisma.sql`CASE WHEN a."standardsScore" IS NULL THEN 'unchecked' WHEN a."standardsScore" >= 80 THEN 'high' WHEN a."standardsScore" >= 50 THEN 'medium' ELSE 'low' END`;

/** The chosen filters as SQL (`a` is the Api table); organisation slugs are looked up as ids. */
function filters(params: SearchParams, organisationIds: string[]): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const inList = (column: Prisma.Sql, values: string[]) => Prisma.sql`${column} IN (${Prisma.join(values)})`;
  if (params.organisation.length) parts.push(organisationIds.length ? inList(Prisma.sql`a."organisationId"`, organisationIds) : Prisma.sql`1 = 0`);
  if (params.lifecycle.length) parts.push(inList(Prisma.sql`a."lifecycle"`, params.lifecycle));
  if (params.visibility.length) parts.push(inList(Prisma.sql`a."visibility"`, params.visibility));
  if (params.auth.length) parts.push(inList(Prisma.sql`a."authType"`, params.auth));
  if (params.spec) parts.push(Prisma.sql`a."hasSpec" = ${params.spec === "yes"}`);
  if (params.score.length) parts.push(inList(SCORE_BAND, params.score));
  return parts;
}

/**
 * One search: the facet counts come from a single grouped query over everything the viewer may
 * see that matches the words (the covering index on Api answers it), and one more query finds
 * the page of results in the chosen order.
 */
export async function searchApis(db: Db, viewer: Viewer, params: SearchParams): Promise<SearchResult> {
  const terms = searchTerms(params.q);
  const sqlite = engineOfClient(db) === "sqlite";
  const visible = visibleApiSql(viewer);
  const matched = terms.length ? Prisma.sql` AND a."id" IN (${matching(sqlite, terms)})` : Prisma.empty;

  const organisations = await db.organisation.findMany({ select: { id: true, slug: true, name: true } });
  const bySlug = new Map(organisations.map((o) => [o.slug, o]));
  const chosenIds = params.organisation.flatMap((slug) => bySlug.get(slug)?.id ?? []);
  const where = Prisma.join([visible, ...filters(params, chosenIds)], " AND ");
  const offset = (params.page - 1) * PAGE_SIZE;

  const pageQuery =
    params.sort === "relevance" && terms.length
      ? sqlite
        ? Prisma.sql`SELECT a."id" AS "id" FROM (SELECT "api_id", bm25("api_search", 0.0, 10.0, 1.0, 4.0, 4.0) AS "rank" FROM "api_search" WHERE "api_search" MATCH ${sqliteMatchQuery(terms)}) m
            JOIN "Api" a ON a."id" = m."api_id" WHERE ${where} ORDER BY m."rank", a."name" LIMIT ${PAGE_SIZE} OFFSET ${offset}`
        : Prisma.sql`SELECT a."id" AS "id" FROM (SELECT "api_id", ts_rank_cd("document", query) AS "rank" FROM "api_search", to_tsquery('english', ${postgresTsQuery(terms)}) query WHERE "document" @@ query) m
            JOIN "Api" a ON a."id" = m."api_id" WHERE ${where} ORDER BY m."rank" DESC, a."name" LIMIT ${PAGE_SIZE} OFFSET ${offset}`
      : Prisma.sql`SELECT a."id" AS "id" FROM "Api" a WHERE ${where}${matched}
          ORDER BY ${params.sort === "updated" ? Prisma.sql`a."dateUpdated" DESC NULLS LAST, ` : Prisma.empty}a."name" LIMIT ${PAGE_SIZE} OFFSET ${offset}`;

  const [groupRows, pageRows] = await Promise.all([
    db.$queryRaw<{ organisation: string; lifecycle: string; visibility: string; auth: string; spec: boolean | number | bigint; score: string; count: number | bigint }[]>(
      Prisma.sql`SELECT a."organisationId" AS "organisation", a."lifecycle" AS "lifecycle", a."visibility" AS "visibility", a."authType" AS "auth",
        a."hasSpec" AS "spec", ${SCORE_BAND} AS "score", COUNT(*) AS "count" FROM "Api" a WHERE ${visible}${matched} GROUP BY 1, 2, 3, 4, 5, 6`,
    ),
    db.$queryRaw<{ id: string }[]>(pageQuery),
  ]);

  // Facets speak in organisation slugs (the URL's words), the database in ids.
  const slugOf = new Map(organisations.map((o) => [o.id, o.slug]));
  const groups: FacetGroup[] = groupRows.map((r) => ({
    organisation: slugOf.get(r.organisation) ?? r.organisation,
    lifecycle: r.lifecycle,
    visibility: r.visibility,
    auth: r.auth,
    spec: Number(r.spec) ? "yes" : "no",
    score: r.score,
    count: Number(r.count),
  }));
  const { facets, total } = countFacets(groups, params, new Map(organisations.map((o) => [o.slug, o.name])));

  const ids = pageRows.map((r) => r.id);
  const [apis, highlights] = await Promise.all([
    db.api.findMany({
      where: { id: { in: ids }, ...visibleApiWhere(viewer) },
      include: { organisation: { select: { slug: true, name: true, acronym: true } } },
    }),
    highlight(db, sqlite, terms, ids),
  ]);
  const byId = new Map(apis.map((api) => [api.id, api]));
  const hits = ids.flatMap((id): SearchHit[] => {
    const api = byId.get(id);
    if (!api) return [];
    const marked = highlights.get(id);
    return [
      {
        id: api.id,
        slug: api.slug,
        name: api.name,
        nameHighlighted: marked?.name ?? api.name,
        descriptionHighlighted: marked?.description ? marked.description.replace(/\s+/g, " ").trim() : excerpt(api.description),
        organisation: api.organisation,
        lifecycle: api.lifecycle,
        visibility: api.visibility,
        authType: api.authType,
        status: api.status,
        hasSpec: api.hasSpec,
        dateUpdated: api.dateUpdated,
      },
    ];
  });

  return { hits, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), terms, facets };
}

/** Matched words marked in the name and a snippet of the description, for one page of results. */
async function highlight(db: Db, sqlite: boolean, terms: string[], ids: string[]) {
  const result = new Map<string, { name: string; description: string }>();
  if (!terms.length || !ids.length) return result;
  const rows = sqlite
    ? await db.$queryRaw<{ id: string; name: string; description: string }[]>(
        Prisma.sql`SELECT "api_id" AS "id", highlight("api_search", 1, ${MARK_START}, ${MARK_END}) AS "name",
          snippet("api_search", 2, ${MARK_START}, ${MARK_END}, '…', 40) AS "description"
          FROM "api_search" WHERE "api_search" MATCH ${sqliteMatchQuery(terms)} AND "api_id" IN (${Prisma.join(ids)})`,
      )
    : await db.$queryRaw<{ id: string; name: string; description: string }[]>(
        Prisma.sql`SELECT "api_id" AS "id",
          ts_headline('english', "name", query, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`}) AS "name",
          ts_headline('english', "description", query, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS "description"
          FROM "api_search", to_tsquery('english', ${postgresTsQuery(terms)}) query WHERE "api_id" IN (${Prisma.join(ids)})`,
      );
  for (const row of rows) result.set(row.id, { name: row.name, description: row.description });
  return result;
}
