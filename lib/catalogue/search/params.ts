import { z } from "zod";
import { AUTH_TYPES, LIFECYCLES, VISIBILITIES } from "../vocabulary";

export const SORTS = ["relevance", "name", "updated"] as const;
/** Bands of the GDS standards score of an API's latest checked OpenAPI description. */
export const SCORE_BANDS = ["high", "medium", "low", "unchecked"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 20;

type RawParams = Record<string, string | string[] | undefined>;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    // Unknown values in a shared link are dropped rather than failing the whole page.
    z.array(z.string()).transform((items) => [...new Set(items.filter((i): i is T[number] => (values as readonly string[]).includes(i)))]),
  );

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  q: z.preprocess(single, z.string().optional()).transform((q) => (q ?? "").trim().slice(0, 200)),
  organisation: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string()).transform((items) => [...new Set(items.filter((i) => /^[a-z0-9-]{1,100}$/.test(i)))]),
  ),
  lifecycle: list(LIFECYCLES),
  visibility: list(VISIBILITIES),
  auth: list(AUTH_TYPES),
  score: list(SCORE_BANDS),
  spec: z.preprocess(single, z.enum(["yes", "no"]).optional().catch(undefined)),
  sort: z.preprocess(single, z.enum(SORTS).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
  organisations: z.preprocess(single, z.enum(["all"]).optional().catch(undefined)),
});

export type SearchParams = {
  q: string;
  organisation: string[];
  lifecycle: string[];
  visibility: string[];
  auth: string[];
  score: string[];
  spec?: "yes" | "no";
  sort: Sort;
  page: number;
  /** show every organisation in the filter, not only the largest */
  allOrganisations: boolean;
};

/** Reads a search from the URL. Never throws: anything unusable falls back to its default. */
export function parseSearchParams(raw: RawParams): SearchParams {
  const parsed = schema.parse(raw);
  const sort = parsed.sort ?? (parsed.q ? "relevance" : "name");
  return {
    q: parsed.q,
    organisation: parsed.organisation,
    lifecycle: parsed.lifecycle,
    visibility: parsed.visibility,
    auth: parsed.auth,
    score: parsed.score,
    spec: parsed.spec,
    sort: sort === "relevance" && !parsed.q ? "name" : sort,
    page: parsed.page,
    allOrganisations: parsed.organisations === "all",
  };
}

/** The URL of a search, for links: filters kept, empty values left out, page 1 omitted. */
export function searchHref(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  for (const key of ["organisation", "lifecycle", "visibility", "auth", "score"] as const) {
    for (const value of next[key]) query.append(key, value);
  }
  if (next.spec) query.set("spec", next.spec);
  const defaultSort = next.q ? "relevance" : "name";
  if (next.sort !== defaultSort) query.set("sort", next.sort);
  if (next.allOrganisations) query.set("organisations", "all");
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `/apis?${text}` : "/apis";
}
