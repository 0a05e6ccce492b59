import { engineOfClient, Prisma, readRows, type Db } from "@/lib/db";
import { visibleApiSql, type Viewer } from "../visibility";
import { FILTERS, facetsFrom, type FacetCount, type Facets, type Filter } from "./facets";
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

/** What the search statement returns: a row per result, and one more holding the facet counts. */
type Row = Omit<SearchHit, "nameHighlighted" | "descriptionHighlighted" | "organisation" | "hasSpec" | "id" | "dateUpdated"> & {
  id: string | null;
  /** a Date from PostgreSQL, text from SQLite (read straight from the driver: lib/db/read.ts) */
  dateUpdated: Date | string | null;
  description: string;
  hasSpec: boolean | number;
  organisationSlug: string;
  organisationName: string;
  organisationAcronym: string | null;
  nameMarked: string | null;
  descriptionMarked: string | null;
  /** [organisation slug, organisation name, lifecycle, visibility, auth, spec, score, count][] */
  /** [filter, value (an organisation's slug), organisation's name, count][] */
  counts: string | [FacetCount["filter"], string | null, string | null, number | string][] | null;
};

type Search = { sqlite: boolean; terms: string[]; viewer: Viewer; params: SearchParams; byRelevance: boolean };

/** An API's standards score as a band (see SCORE_BANDS). */
const SCORE_BAND = Prisma.sql`CASE WHEN a."standardsScore" IS NULL THEN 'unchecked' WHEN a."standardsScore" >= 80 THEN 'high' WHEN a."standardsScore" >= 50 THEN 'medium' ELSE 'low' END`;

/**
 * `m`: every API the viewer may see that matches the words, with the values search filters on,
 * what it is sorted by and, for words in SQLite, its row in the full-text index. The index
 * drives the query, so a rare word costs a look-up per match, not a pass over every visible API.
 */
function matchesSql({ sqlite, terms, viewer, byRelevance }: Search): Prisma.Sql {
  const columns = [
    Prisma.sql`a."id" AS "id", a."name" AS "name", a."dateUpdated" AS "dateUpdated", a."organisationId" AS "organisation", a."lifecycle" AS "lifecycle",
      a."visibility" AS "visibility", a."authType" AS "auth", CASE WHEN a."hasSpec" THEN 'yes' ELSE 'no' END AS "spec", ${SCORE_BAND} AS "score"`,
  ];
  if (byRelevance) columns.push(sqlite ? Prisma.sql`bm25(s."api_search", 0.0, 10.0, 1.0, 4.0, 4.0) AS "relevance"` : Prisma.sql`ts_rank_cd(s."document", "query") AS "relevance"`);
  if (sqlite && terms.length) columns.push(Prisma.sql`s."rowid" AS "searchRow"`);
  const visible = visibleApiSql(viewer);
  const source = !terms.length
    ? Prisma.sql`FROM "Api" a WHERE ${visible}`
    : sqlite
      ? Prisma.sql`FROM "api_search" s JOIN "Api" a ON a."id" = s."api_id" WHERE s."api_search" MATCH ${sqliteMatchQuery(terms)} AND ${visible}`
      : Prisma.sql`FROM to_tsquery('english', ${postgresTsQuery(terms)}) AS "query", "api_search" s JOIN "Api" a ON a."id" = s."api_id" WHERE s."document" @@ "query" AND ${visible}`;
  return Prisma.sql`SELECT ${Prisma.join(columns)} ${source}`;
}

/** The chosen filters on `m` but `except`'s (organisations are chosen by slug, looked up as ids in the query). */
function filtersSql(params: SearchParams, except?: Filter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const inList = (column: string, values: string[]) => Prisma.sql`${Prisma.raw(`m."${column}"`)} IN (${Prisma.join(values)})`;
  const chosen = (filter: Filter) => filter !== except && (filter === "spec" ? !!params.spec : params[filter].length > 0);
  if (chosen("organisation")) parts.push(Prisma.sql`m."organisation" IN (SELECT "id" FROM "Organisation" WHERE "slug" IN (${Prisma.join(params.organisation)}))`);
  for (const filter of FILTERS) if (filter !== "organisation" && chosen(filter)) parts.push(inList(filter, filter === "spec" ? [params.spec!] : params[filter]));
  return parts.length ? Prisma.sql` WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** `f`: each filter's values among the matches, counted with the other filters applied but not
 * itself (so choosing "Live" still shows how many "Beta" there are), and the total with all. */
function countsSql(params: SearchParams): Prisma.Sql {
  const each = FILTERS.map((filter) => Prisma.sql`SELECT ${Prisma.raw(`'${filter}'`)} AS "filter", m.${Prisma.raw(`"${filter}"`)} AS "value", COUNT(*) AS "n" FROM "m" m${filtersSql(params, filter)} GROUP BY m.${Prisma.raw(`"${filter}"`)}`);
  return Prisma.join([...each, Prisma.sql`SELECT 'total', NULL, COUNT(*) FROM "m" m${filtersSql(params)}`], " UNION ALL ");
}

/** The chosen order, on the statement's column names; ties keep one order on every page (by name, then id). */
const orderBy = ({ sqlite, params, byRelevance }: Search, table = "") =>
  Prisma.raw(`${byRelevance ? `${table}"relevance"${sqlite ? "" : " DESC"}, ` : params.sort === "updated" ? `${table}"dateUpdated" DESC NULLS LAST, ` : ""}${table}"name", ${table}"id"`);

/** The page's results (`p`) with what the list shows and, for words, the matches marked: for these rows only. */
function resultsSql({ sqlite, terms, byRelevance }: Search): Prisma.Sql {
  const marks = !terms.length
    ? { columns: Prisma.sql`NULL AS "nameMarked", NULL AS "descriptionMarked"`, from: Prisma.empty }
    : sqlite
      ? {
          columns: Prisma.sql`highlight(h."api_search", 1, ${MARK_START}, ${MARK_END}) AS "nameMarked", snippet(h."api_search", 2, ${MARK_START}, ${MARK_END}, '…', 40) AS "descriptionMarked"`,
          from: Prisma.sql` CROSS JOIN "api_search" h ON h."rowid" = p."searchRow" WHERE h."api_search" MATCH ${sqliteMatchQuery(terms)}`,
        }
      : {
          columns: Prisma.sql`ts_headline('english', a."name", "query", ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`}) AS "nameMarked",
            ts_headline('english', a."description", "query", ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS "descriptionMarked"`,
          from: Prisma.sql`, to_tsquery('english', ${postgresTsQuery(terms)}) AS "query"`,
        };
  // Named, as the statement's ORDER BY refers to them.
  const columns = ["id", "slug", "name", "description", "lifecycle", "visibility", "authType", "status", "hasSpec", "dateUpdated"].map((c) => `a."${c}" AS "${c}"`);
  return Prisma.sql`SELECT ${Prisma.raw(columns.join(", "))}, o."slug" AS "organisationSlug", o."name" AS "organisationName", o."acronym" AS "organisationAcronym",
      ${marks.columns}${byRelevance ? Prisma.sql`, p."relevance" AS "relevance"` : Prisma.empty}, NULL AS "counts"
    FROM "p" JOIN "Api" a ON a."id" = p."id" JOIN "Organisation" o ON o."id" = a."organisationId"${marks.from}`;
}

/** One more row, after the results: the counts (`f`) as JSON, organisations named by slug and name. */
function countsRowSql({ sqlite, byRelevance }: Search): Prisma.Sql {
  const count = Prisma.sql`f."filter", COALESCE(o."slug", f."value"), o."name", f."n"`;
  const json = sqlite ? Prisma.sql`json_group_array(json_array(${count}))` : Prisma.sql`json_agg(json_build_array(${count}))`;
  const nothing = Prisma.raw(Array(byRelevance ? 16 : 15).fill("NULL").join(", "));
  return Prisma.sql`SELECT ${nothing}, (SELECT ${json} FROM "f" f LEFT JOIN "Organisation" o ON f."filter" = 'organisation' AND o."id" = f."value")`;
}

/** The one statement of a search (see searchApis). */
function searchStatement(search: Search): Prisma.Sql {
  const { params } = search;
  return Prisma.sql`WITH "m" AS MATERIALIZED (${matchesSql(search)}),
    "f" AS (${countsSql(params)}),
    "p" AS (SELECT * FROM "m" m${filtersSql(params)} ORDER BY ${orderBy(search, "m.")} LIMIT ${PAGE_SIZE} OFFSET ${(params.page - 1) * PAGE_SIZE})
    ${resultsSql(search)}
    UNION ALL ${countsRowSql(search)}
    ORDER BY ${orderBy(search)}`;
}

/**
 * One search, one statement, so the words are matched and the matching APIs read once: the
 * facet counts and total come from the matches counted by each filter's values, and the page of
 * results from the same matches in the chosen order. Visibility, the words and the filters all
 * apply in the query.
 */
export async function searchApis(db: Db, viewer: Viewer, params: SearchParams): Promise<SearchResult> {
  const terms = searchTerms(params.q);
  const search: Search = { sqlite: engineOfClient(db) === "sqlite", terms, viewer, params, byRelevance: params.sort === "relevance" && terms.length > 0 };
  const rows = await readRows<Row>(db, searchStatement(search), { offThread: true });

  const stored = rows.find((r) => r.id === null)?.counts ?? "[]";
  const counts = (typeof stored === "string" ? (JSON.parse(stored) as Exclude<Row["counts"], string | null>) : (stored ?? [])).map(
    ([filter, value, label, count]): FacetCount => ({ filter, value: value ?? "", label, count: Number(count) }),
  );
  const { facets, total } = facetsFrom(counts);
  const hits = rows.flatMap((r): SearchHit[] =>
    r.id === null
      ? []
      : [
          {
            id: r.id,
            slug: r.slug,
            name: r.name,
            nameHighlighted: r.nameMarked ?? r.name,
            descriptionHighlighted: r.descriptionMarked ? r.descriptionMarked.replace(/\s+/g, " ").trim() : excerpt(r.description),
            organisation: { slug: r.organisationSlug, name: r.organisationName, acronym: r.organisationAcronym },
            lifecycle: r.lifecycle,
            visibility: r.visibility,
            authType: r.authType,
            status: r.status,
            hasSpec: Boolean(r.hasSpec),
            dateUpdated: r.dateUpdated === null ? null : new Date(r.dateUpdated),
          },
        ],
  );
  return { hits, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), terms, facets };
}
