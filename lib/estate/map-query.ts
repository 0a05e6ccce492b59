import { z } from "zod";
import { LIFECYCLES } from "@/lib/catalogue/vocabulary";
import { CONFIRMATIONS, TECHNOLOGIES } from "./vocabulary";

export const VIEWS = ["estate", "organisation", "system", "data-set"] as const;
export const HIGHLIGHTS = ["no-api", "no-connection"] as const;
export type View = (typeof VIEWS)[number];
export type Highlight = (typeof HIGHLIGHTS)[number];

/** Everything the map and its table twin show, as the URL says it. */
export type MapQuery = {
  view: View;
  /** the organisation's, system's or core data set's slug the view is about */
  focus?: string;
  /** how many connections away a system's neighbourhood reaches: 1 to 3 */
  depth: number;
  organisation: string[];
  technology: (typeof TECHNOLOGIES)[number][];
  openStandard?: boolean;
  personalData?: boolean;
  lifecycle: (typeof LIFECYCLES)[number][];
  confirmation: (typeof CONFIRMATIONS)[number][];
  highlight: Highlight[];
  /** organisations shown system by system although the view is collapsed into organisations; "all" for every one */
  expand: string[] | "all";
  /** the system selected, by slug */
  selected?: string;
  /** "How does data get from A to B?": the two systems, by name or slug as typed */
  from?: string;
  to?: string;
  /** a name to find */
  find: string;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;
const many = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const SLUG = /^[a-z0-9-]{1,200}$/;
const slug = z.preprocess(single, z.string().regex(SLUG).optional().catch(undefined));
const slugs = z.preprocess(many, z.array(z.string()).transform((items) => [...new Set(items.filter((i) => SLUG.test(i)))]));
// Unknown values in a shared link are dropped rather than failing the whole page.
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(many, z.array(z.string()).transform((items) => [...new Set(items.filter((i): i is T[number] => (values as readonly string[]).includes(i)))]));
const text = z.preprocess(single, z.string().optional()).transform((v) => v?.trim().slice(0, 200) || undefined);
const yesNo = z.preprocess(single, z.enum(["yes", "no"]).optional().catch(undefined)).transform((v) => (v === undefined ? undefined : v === "yes"));

const schema = z.object({
  view: z.preprocess(single, z.enum(VIEWS).catch("estate").default("estate")),
  focus: slug,
  depth: z.preprocess(single, z.coerce.number().int().min(1).max(3).catch(1).default(1)),
  organisation: slugs,
  technology: list(TECHNOLOGIES),
  openStandard: yesNo,
  personalData: yesNo,
  lifecycle: list(LIFECYCLES),
  confirmation: list(CONFIRMATIONS),
  highlight: list(HIGHLIGHTS),
  expand: slugs,
  selected: slug,
  from: text,
  to: text,
  find: z.preprocess(single, z.string().optional()).transform((v) => (v ?? "").trim().slice(0, 200)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

/** Reads the map's view from the URL. Never throws: anything unusable falls back to its default. */
export function parseMapQuery(raw: RawParams | URLSearchParams): MapQuery {
  const record: RawParams = {};
  if (raw instanceof URLSearchParams) for (const key of new Set(raw.keys())) record[key] = raw.getAll(key);
  const parsed = schema.parse(raw instanceof URLSearchParams ? record : raw);
  const view = parsed.focus ? parsed.view : "estate";
  return { ...parsed, view, focus: view === "estate" ? undefined : parsed.focus, expand: parsed.expand.includes("all") ? "all" : parsed.expand };
}

export const DEFAULT_QUERY: MapQuery = parseMapQuery({});

/** The query as URL search parameters, defaults left out, so equal views have equal URLs. */
export function mapSearchParams(q: MapQuery, change: Partial<MapQuery> = {}): URLSearchParams {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.view !== "estate" && next.focus) {
    params.set("view", next.view);
    params.set("focus", next.focus);
    if (next.view === "system" && next.depth !== 1) params.set("depth", String(next.depth));
  }
  for (const key of ["organisation", "technology", "lifecycle", "confirmation", "highlight"] as const) for (const v of next[key]) params.append(key, v);
  if (next.openStandard !== undefined) params.set("openStandard", next.openStandard ? "yes" : "no");
  if (next.personalData !== undefined) params.set("personalData", next.personalData ? "yes" : "no");
  for (const v of next.expand === "all" ? ["all"] : next.expand) params.append("expand", v);
  for (const key of ["selected", "from", "to"] as const) if (next[key]) params.set(key, next[key]!);
  if (next.find) params.set("find", next.find);
  if (next.page !== 1) params.set("page", String(next.page));
  return params;
}

/** A link to the map (or its table twin) showing this query. */
export function mapHref(q: MapQuery, change: Partial<MapQuery> = {}, path = "/estate"): string {
  const query = mapSearchParams(q, change).toString();
  return query ? `${path}?${query}` : path;
}

/** The part of the query that decides what the map draws (not the selection, the search or the page). */
export function drawnQuery(q: MapQuery): string {
  return mapSearchParams(q, { selected: undefined, find: "", page: 1 }).toString();
}
