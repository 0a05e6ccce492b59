/**
 * Every problem a revision's check found — the GDS standards' findings and the OpenAPI linter's
 * problems — as one list to download (CSV or JSON): the page shows the first ones, this gives all.
 */
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { NEWEST_FIRST } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere, visibleRevisionWhere, type Viewer } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { readStandards, summarise } from "@/lib/standards/result";

export const PROBLEM_FILES = ["problems.csv", "problems.json"] as const;
export type ProblemsFile = (typeof PROBLEM_FILES)[number];

/** The route's input: which file, and optionally which revision (the latest checked one otherwise). */
export const problemsInput = z.object({
  file: z.enum(PROBLEM_FILES),
  revision: z.string().regex(/^[a-z0-9]{1,40}$/i).optional(),
});

/** Where a revision's problems can be downloaded from (app/apis/[slug]/check/[file]/route.ts). */
export function problemsHref(slug: string, file: ProblemsFile, revisionId: string): string {
  return `/apis/${encodeURIComponent(slug)}/check/${file}?revision=${encodeURIComponent(revisionId)}`;
}

export type ProblemRow = {
  source: "GDS API standards" | "OpenAPI linter";
  rule: string;
  /** the standard's point(s), for a GDS finding */
  point: string;
  /** "requirement" or "advice" for the standards; "error" or "warning" for the linter */
  severity: string;
  line: number | null;
  column: number | null;
  message: string;
};

type StoredProblem = { ruleId: string; severity: string; message: string; line: number; column: number };

/**
 * A revision's problems, or null when there is none the viewer may have: the API is looked up
 * with the viewer's visibility (a hidden API looks the same as a missing one), and a revision id
 * only counts when it belongs to that API.
 */
export async function findProblems(db: Db, viewer: Viewer, slug: string, revisionId?: string): Promise<{ id: string; slug: string; rows: ProblemRow[] } | null> {
  const api = await db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: { id: true, slug: true, servesDataset: true } });
  if (!api) return null;
  const revision = await db.specRevision.findFirst({
    // An earlier version counts only if the viewer could see it when it was stored (the latest
    // checked one is the API's current version, shown to whoever may see the API).
    where: { apiId: api.id, ...(revisionId ? { id: revisionId, ...visibleRevisionWhere(viewer) } : { status: "checked" }) },
    orderBy: NEWEST_FIRST,
    select: { id: true, problems: true, standards: true },
  });
  if (!revision) return null;
  const stored = readStandards(revision.standards);
  const standards: ProblemRow[] = (stored ? summarise(stored, { servesDataset: api.servesDataset }).rows : []).flatMap((row) =>
    row.messages.map((m) => ({
      source: "GDS API standards" as const,
      rule: row.title,
      point: Array.isArray(row.point) ? row.point.join(", ") : String(row.point),
      severity: row.severity === "error" ? "requirement" : "advice",
      line: m.line ?? null,
      column: m.column ?? null,
      message: m.message,
    })),
  );
  const linter: ProblemRow[] = (JSON.parse(revision.problems) as StoredProblem[]).map((p) => ({
    source: "OpenAPI linter",
    rule: p.ruleId,
    point: "",
    severity: p.severity === "error" ? "error" : "warning",
    line: p.line,
    column: p.column,
    message: p.message,
  }));
  return { id: revision.id, slug: api.slug, rows: [...standards, ...linter] };
}

// A cell starting with = + - @ (or a tab or return) is a formula to a spreadsheet: messages quote
// the spec's own names, which anyone could write, so such a cell starts with ' instead.
export const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The file's text, type and name. */
export function problemsBody(found: { slug: string; rows: ProblemRow[] }, file: ProblemsFile): { body: string; contentType: string; fileName: string } {
  const base = `${found.slug.replace(/[^a-z0-9-]+/gi, "-")}-problems`;
  if (file === "problems.json") return { body: JSON.stringify(found.rows, null, 2), contentType: "application/json; charset=utf-8", fileName: `${base}.json` };
  const body = stringify(found.rows, {
    header: true,
    columns: ["source", "rule", "point", "severity", "line", "column", "message"],
    cast: { string: safeCell },
  });
  return { body, contentType: "text/csv; charset=utf-8", fileName: `${base}.csv` };
}
