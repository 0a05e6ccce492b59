/**
 * The cross-government comparison: every organisation with the levels of its last published
 * assessment (never the live grid, which would mean working out every organisation's estate on
 * each view, and is not yet reviewed). Levels are shown to everyone, as on each organisation's page.
 */
import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db";
import type { Snapshot } from "./assessments";
import { levelsOf } from "./levels";
import { DIMENSIONS, MODEL, type DimensionKey } from "./model";

export type ComparisonRow = { name: string; slug: string; approvedAt: string | null; levels: Partial<Record<DimensionKey, number>> };
export type ComparisonSort = "name" | DimensionKey;
export type ComparisonQuery = { q: string; sort: ComparisonSort; order: "asc" | "desc" };

/** A query from the page's address, with defaults for anything missing or unknown. */
export function comparisonQuery(params: Record<string, string | string[] | undefined>): ComparisonQuery {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const sort = one("sort");
  return {
    q: one("q").trim().slice(0, 100),
    sort: (DIMENSIONS as readonly string[]).includes(sort) ? (sort as DimensionKey) : "name",
    order: one("order") === "desc" ? "desc" : "asc",
  };
}

/** Organisations whose name or acronym holds `q`, sorted; those not assessed sort after every level. */
export async function comparison(db: Db, query: ComparisonQuery): Promise<ComparisonRow[]> {
  const organisations = await db.organisation.findMany({
    select: { name: true, slug: true, acronym: true, assessments: { where: { status: "approved" }, select: { approvedAt: true, snapshot: true } } },
    orderBy: { name: "asc" },
  });
  const needle = query.q.toLowerCase();
  const rows = organisations
    .filter((o) => !needle || o.name.toLowerCase().includes(needle) || (o.acronym ?? "").toLowerCase().includes(needle))
    .map((o): ComparisonRow => {
      const published = o.assessments[0];
      const grid = published?.snapshot ? (JSON.parse(published.snapshot) as Snapshot).grid : null;
      return { name: o.name, slug: o.slug, approvedAt: published?.approvedAt?.toISOString().slice(0, 10) ?? null, levels: grid ? levelsOf(grid) : {} };
    });
  if (query.sort === "name") return query.order === "desc" ? rows.reverse() : rows;
  const key = query.sort;
  const direction = query.order === "desc" ? -1 : 1;
  return rows.sort((a, b) => {
    const [x, y] = [a.levels[key], b.levels[key]];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return (x - y) * direction || a.name.localeCompare(b.name);
  });
}

/** The table as CSV: a column per dimension, blank where an organisation has no published assessment. */
export function comparisonCsv(rows: ComparisonRow[]): string {
  const head = ["Organisation", "Published", ...MODEL.map((d) => d.title)];
  return stringify([head, ...rows.map((r) => [r.name, r.approvedAt ?? "", ...DIMENSIONS.map((d) => r.levels[d] ?? "")])]);
}

/** Per dimension, how many assessed organisations reached each level (index 0 to 3). */
export function levelDistribution(rows: ComparisonRow[]): { key: DimensionKey; title: string; counts: number[] }[] {
  return MODEL.map((d) => {
    const counts = [0, 0, 0, 0];
    for (const row of rows) {
      const level = row.levels[d.key];
      if (level !== undefined) counts[level]!++;
    }
    return { key: d.key, title: d.title, counts };
  });
}
