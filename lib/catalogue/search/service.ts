import { engineOfClient, Prisma, type Db } from "@/lib/db";
import { visibleApiSql, visibleApiWhere, type Viewer } from "../visibility";
import { postgresTsQuery, searchTerms, sqliteMatchQuery } from "./fts";
import { MARK_END, MARK_START, excerpt } from "./highlight";
import { PAGE_SIZE, type SearchParams } from "./params";

export type FacetValue = { value: string; label?: string; count: number };
export type Facets = {
  organisation: FacetValue[];
  lifecycle: FacetValue[];
  visibility: FacetValue[];
  auth: FacetValue[];
  spec: FacetValue[];
};

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
  hasSpec: boolean;
  dateUpdated: Date | null;
};

export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number; facets: Facets; terms: string[] };

type Filter = "organisation" | "lifecycle" | "visibility" | "auth" | "spec";

const SPEC_EXISTS = Prisma.sql`EXISTS (SELECT 1 FROM "SpecRevision" s WHERE s."apiId" = a."id")`;

/** The WHERE clause of a search; `except` leaves one filter out, for that filter's own counts. */
function conditions(params: SearchParams, viewer: Viewer, except?: Filter): Prisma.Sql {
  const parts: Prisma.Sql[] = [visibleApiSql(viewer)];
  const inList = (column: Prisma.Sql, values: string[]) => Prisma.sql`${column} IN (${Prisma.join(values)})`;
  if (except !== "organisation" && params.organisation.length) parts.push(inList(Prisma.sql`o."slug"`, params.organisation));
  if (except !== "lifecycle" && params.lifecycle.length) parts.push(inList(Prisma.sql`a."lifecycle"`, params.lifecycle));
  if (except !== "visibility" && params.visibility.length) parts.push(inList(Prisma.sql`a."visibility"`, params.visibility));
  if (except !== "auth" && params.auth.length) parts.push(inList(Prisma.sql`a."authType"`, params.auth));
  if (except !== "spec" && params.spec) parts.push(params.spec === "yes" ? SPEC_EXISTS : Prisma.sql`NOT ${SPEC_EXISTS}`);
  return Prisma.join(parts, " AND ");
}

export async function searchApis(db: Db, viewer: Viewer, params: SearchParams): Promise<SearchResult> {
  const terms = searchTerms(params.q);
  const sqlite = engineOfClient(db) === "sqlite";
  // Matched APIs and their rank (lower is better on both engines).
  const matches = !terms.length
    ? null
    : sqlite
      ? Prisma.sql`SELECT "api_id", bm25("api_search", 0.0, 10.0, 1.0, 4.0, 4.0) AS "rank" FROM "api_search" WHERE "api_search" MATCH ${sqliteMatchQuery(terms)}`
      : Prisma.sql`SELECT "api_id", -ts_rank_cd("document", query) AS "rank" FROM "api_search", to_tsquery('english', ${postgresTsQuery(terms)}) query WHERE "document" @@ query`;
  const from = matches
    ? Prisma.sql`FROM (${matches}) m JOIN "Api" a ON a."id" = m."api_id" JOIN "Organisation" o ON o."id" = a."organisationId"`
    : Prisma.sql`FROM "Api" a JOIN "Organisation" o ON o."id" = a."organisationId"`;

  const order =
    params.sort === "relevance" && matches
      ? Prisma.sql`m."rank", a."name"`
      : params.sort === "updated"
        ? Prisma.sql`a."dateUpdated" IS NULL, a."dateUpdated" DESC, a."name"`
        : Prisma.sql`a."name"`;

  const count = (sql: Prisma.Sql) => db.$queryRaw<{ value: string | null; label?: string | null; count: number | bigint }[]>(sql);
  const grouped = (column: Prisma.Sql, filter: Filter) =>
    count(Prisma.sql`SELECT ${column} AS "value", COUNT(*) AS "count" ${from} WHERE ${conditions(params, viewer, filter)} GROUP BY ${column}`);

  const [totalRows, pageRows, organisations, lifecycles, visibilities, auths, specs] = await Promise.all([
    count(Prisma.sql`SELECT COUNT(*) AS "count" ${from} WHERE ${conditions(params, viewer)}`),
    db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT a."id" AS "id" ${from} WHERE ${conditions(params, viewer)} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(params.page - 1) * PAGE_SIZE}`,
    ),
    count(
      Prisma.sql`SELECT o."slug" AS "value", o."name" AS "label", COUNT(*) AS "count" ${from} WHERE ${conditions(params, viewer, "organisation")} GROUP BY o."slug", o."name"`,
    ),
    grouped(Prisma.sql`a."lifecycle"`, "lifecycle"),
    grouped(Prisma.sql`a."visibility"`, "visibility"),
    grouped(Prisma.sql`a."authType"`, "auth"),
    count(
      Prisma.sql`SELECT CASE WHEN ${SPEC_EXISTS} THEN 'yes' ELSE 'no' END AS "value", COUNT(*) AS "count" ${from} WHERE ${conditions(params, viewer, "spec")} GROUP BY 1`,
    ),
  ]);

  const facet = (rows: Awaited<ReturnType<typeof count>>): FacetValue[] =>
    rows
      .filter((r) => r.value !== null)
      .map((r) => ({ value: String(r.value), ...(r.label ? { label: r.label } : {}), count: Number(r.count) }))
      .sort((x, y) => y.count - x.count || (x.label ?? x.value).localeCompare(y.label ?? y.value));

  const total = Number(totalRows[0]?.count ?? 0);
  const ids = pageRows.map((r) => r.id);
  const [apis, highlights] = await Promise.all([
    db.api.findMany({
      where: { id: { in: ids }, ...visibleApiWhere(viewer) },
      include: { organisation: { select: { slug: true, name: true, acronym: true } }, _count: { select: { specRevisions: true } } },
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
        hasSpec: api._count.specRevisions > 0,
        dateUpdated: api.dateUpdated,
      },
    ];
  });

  return {
    hits,
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    terms,
    facets: {
      organisation: facet(organisations),
      lifecycle: facet(lifecycles),
      visibility: facet(visibilities),
      auth: facet(auths),
      spec: facet(specs),
    },
  };
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
