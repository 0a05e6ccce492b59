import { engineOfClient, Prisma, type Db } from "@/lib/db";
import { postgresTsQuery, searchTerms, sqliteMatchQuery } from "@/lib/catalogue/search/fts";
import { parseSearchParams, type SearchParams } from "@/lib/catalogue/search/params";
import { visibleApiWhere, type Viewer } from "@/lib/catalogue/visibility";
import { bulkLinks, decodeCursor, onlyParameters, page, pageLimit } from "../cursor";
import { ApiError, notFound } from "../errors";
import { API_SELECT, apiBody } from "../serialise";

/** The web search's filters (the /apis page's URL parameters, read by the same parser), and paging. */
export const API_FILTERS = ["q", "organisation", "lifecycle", "visibility", "auth", "score", "spec"] as const;
const PARAMETERS = [...API_FILTERS, "limit", "cursor"];

/** The web search drops values it does not know from a shared link; a program is told instead. */
function filtersOf(url: URL): SearchParams {
  onlyParameters(url, PARAMETERS);
  const raw: Record<string, string[]> = {};
  for (const name of API_FILTERS) if (url.searchParams.has(name)) raw[name] = url.searchParams.getAll(name);
  const params = parseSearchParams(raw);
  for (const name of ["organisation", "lifecycle", "visibility", "auth", "score"] as const) {
    const given = new Set(raw[name] ?? []);
    if (given.size !== params[name].length) throw new ApiError(400, "invalid_parameter", `${name} has a value this catalogue does not know: ${[...given].filter((v) => !params[name].includes(v)).slice(0, 3).join(", ").slice(0, 120)}.`);
  }
  if (raw.spec && !params.spec) throw new ApiError(400, "invalid_parameter", "spec must be yes or no.");
  return params;
}

const SCORE: Record<string, Prisma.ApiWhereInput> = {
  high: { standardsScore: { gte: 80 } },
  medium: { standardsScore: { gte: 50, lt: 80 } },
  low: { standardsScore: { lt: 50 } },
  unchecked: { standardsScore: null },
};

/** The ids of the APIs whose words match, from the search's own full-text index. */
async function matchingIds(db: Db, q: string): Promise<string[] | null> {
  const terms = searchTerms(q);
  if (!terms.length) return null;
  const rows =
    engineOfClient(db) === "sqlite"
      ? await db.$queryRaw<{ id: string }[]>`SELECT "api_id" AS "id" FROM "api_search" WHERE "api_search" MATCH ${sqliteMatchQuery(terms)}`
      : await db.$queryRaw<{ id: string }[]>`SELECT "api_id" AS "id" FROM "api_search" WHERE "document" @@ to_tsquery('english', ${postgresTsQuery(terms)})`;
  return rows.map((r) => r.id);
}

async function whereOf(db: Db, viewer: Viewer, params: SearchParams): Promise<Prisma.ApiWhereInput[]> {
  const and: Prisma.ApiWhereInput[] = [visibleApiWhere(viewer)];
  if (params.organisation.length) and.push({ organisation: { slug: { in: params.organisation } } });
  if (params.lifecycle.length) and.push({ lifecycle: { in: params.lifecycle } });
  if (params.visibility.length) and.push({ visibility: { in: params.visibility } });
  if (params.auth.length) and.push({ authType: { in: params.auth } });
  if (params.score.length) and.push({ OR: params.score.map((band) => SCORE[band]!) });
  if (params.spec) and.push({ hasSpec: params.spec === "yes" });
  const ids = await matchingIds(db, params.q);
  if (ids) and.push({ id: { in: ids } });
  return and;
}

/**
 * The APIs this viewer may see, with the web search's filters (words match as they do there),
 * in one documented order: by name, then id. The cursor carries the last name and id, so a page
 * never repeats or skips an API however many are added or removed meanwhile.
 */
export async function listApis(db: Db, viewer: Viewer, url: URL) {
  const params = filtersOf(url);
  const limit = pageLimit(url);
  const after = decodeCursor("apis", url.searchParams.get("cursor"), 2);
  const and = await whereOf(db, viewer, params);
  if (after) and.push({ OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] });
  const rows = await db.api.findMany({ where: { AND: and }, select: API_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], take: limit + 1 });
  const result = page(rows, limit, "apis", (a) => [a.name, a.id], url);
  return { items: result.items.map(apiBody), links: { ...result.links, ...bulkLinks("apis") } };
}

/** One API by its slug, if this viewer may see it. */
export async function oneApi(db: Db, viewer: Viewer, slug: string) {
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: API_SELECT });
  if (!api) throw notFound("API");
  return apiBody(api);
}
