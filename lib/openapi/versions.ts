/**
 * The revisions of an API's OpenAPI description for the pages that show them: the list, one
 * revision with what changed since the one before, and a comparison of any two. A viewer who
 * cannot see the API gets null from each, exactly as if it did not exist; one who could not see
 * it when a revision was stored does not get that revision (nor its differences from others).
 * Revisions are numbered among those the viewer gets.
 */
import { z } from "zod";
import { actorNames } from "@/lib/audit/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { NEWEST_FIRST } from "@/lib/catalogue/spec-revisions";
import { comparisonSeenBy, visibleApiWhere, visibleRevisionWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { comparisonOf } from "./comparisons";
import type { Change } from "./diff";
import { isIngestError } from "./errors";
import { CHECK_SELECT, checkOf, type LatestCheck } from "./checks";

const ARRIVAL_LABELS: Record<string, string> = {
  upload: "Uploaded",
  paste: "Pasted",
  url: "Fetched from a URL",
  seed: "Loaded when the catalogue was set up",
  api: "Sent through the catalogue's API",
};

export const REVISIONS_PAGE_SIZE = 25;

type ApiRef = { id: string; slug: string; name: string; organisation: { name: string; slug: string } };

export type RevisionRow = {
  id: string;
  /** 1 for the first revision stored */
  number: number;
  createdAt: Date;
  actor: string;
  arrival: string;
  origin: string | null;
  status: string;
  specVersion: string | null;
  score: number | null;
  /** null for the first checked revision and for ones not checked */
  breakingChanges: number | null;
  previousId: string | null;
  /** compared with a revision this viewer may not see: nothing of the comparison is given */
  previousWithheld: boolean;
};

/** A revision as a choice in the compare form: only checked revisions have a document to compare. */
export type RevisionOption = { id: string; label: string };

async function findApi(db: Db, viewer: Viewer, slug: string): Promise<ApiRef | null> {
  return db.api.findFirst({ where: { slug, ...visibleApiWhere(viewer) }, select: { id: true, slug: true, name: true, organisation: { select: { name: true, slug: true } } } });
}

/** Who stored a revision, named as the audit pages name them. */
async function actorsOf(db: Db, viewer: Viewer, createdBy: (string | null)[]): Promise<(actor: string | null) => string> {
  const names = await actorNames(db, viewer, createdBy.filter((a): a is string => a !== null));
  return (actor) => (actor === null ? "Not recorded" : names.get(actor)!);
}

function arrivalLabel(arrivedVia: string): string {
  return ARRIVAL_LABELS[arrivedVia] ?? arrivedVia;
}

/** "2026-11-22 06:49 UTC (v3)": a revision told apart from the others by its time and number. */
function optionLabel(createdAt: Date, number: number, specVersion: string | null): string {
  const when = createdAt.toISOString().slice(0, 16).replace("T", " ");
  return `Version ${number}, ${when} UTC${specVersion ? ` (${specVersion})` : ""}`;
}

/** The revisions of an API this viewer may see. */
const seenBy = (viewer: Viewer, apiId: string) => ({ apiId, ...visibleRevisionWhere(viewer) });

async function shownIds(db: Db, viewer: Viewer, apiId: string): Promise<Set<string>> {
  return new Set((await db.specRevision.findMany({ where: seenBy(viewer, apiId), select: { id: true } })).map((r) => r.id));
}

async function compareOptions(db: Db, viewer: Viewer, apiId: string): Promise<RevisionOption[]> {
  const all = await db.specRevision.findMany({ where: seenBy(viewer, apiId), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, createdAt: true, status: true, specVersion: true } });
  return all
    .map((r, i) => ({ ...r, number: i + 1 }))
    .filter((r) => r.status === "checked")
    .reverse()
    .map((r) => ({ id: r.id, label: optionLabel(r.createdAt, r.number, r.specVersion) }));
}

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/**
 * Every revision of an API the viewer may see, newest first, a page at a time, with the choices
 * for comparing two; `withheld` counts those stored while the API was hidden from them.
 */
export async function apiRevisions(db: Db, viewer: Viewer, slug: string, page: unknown = 1) {
  const api = await findApi(db, viewer, slug);
  if (!api) return null;
  const [shown, all] = await Promise.all([shownIds(db, viewer, api.id), db.specRevision.count({ where: { apiId: api.id } })]);
  const total = shown.size;
  const pageCount = Math.max(1, Math.ceil(total / REVISIONS_PAGE_SIZE));
  const current = Math.min(pageSchema.parse(page), pageCount);
  const rows = await db.specRevision.findMany({
    where: seenBy(viewer, api.id),
    orderBy: NEWEST_FIRST,
    skip: (current - 1) * REVISIONS_PAGE_SIZE,
    take: REVISIONS_PAGE_SIZE,
    select: { id: true, createdAt: true, createdBy: true, arrivedVia: true, origin: true, status: true, specVersion: true, score: true, breakingChanges: true, previousId: true },
  });
  const [actor, options] = await Promise.all([actorsOf(db, viewer, rows.map((r) => r.createdBy)), compareOptions(db, viewer, api.id)]);
  const first = total - (current - 1) * REVISIONS_PAGE_SIZE;
  const revisions: RevisionRow[] = rows.map(({ createdBy, arrivedVia, ...r }, i) => ({ ...comparisonSeenBy(r, shown), number: first - i, actor: actor(createdBy), arrival: arrivalLabel(arrivedVia) }));
  return { api, revisions, total, page: current, pageCount, options, withheld: all - total };
}

/** A revision's number among the API's revisions the viewer may see, oldest first (the order the list pages use). */
async function numberOf(db: Db, viewer: Viewer, apiId: string, revision: { id: string; createdAt: Date }): Promise<number> {
  const earlier = await db.specRevision.count({
    where: { AND: [seenBy(viewer, apiId), { OR: [{ createdAt: { lt: revision.createdAt } }, { createdAt: revision.createdAt, id: { lt: revision.id } }] }] },
  });
  return earlier + 1;
}

export type RevisionDetail = {
  number: number;
  check: LatestCheck;
  actor: string;
  arrival: string;
  previous: { id: string; number: number } | null;
  /** it was compared with a revision this viewer may not see: `previous` is null and `changes` empty */
  previousWithheld: boolean;
  /** what changed since `previous`, breaking ones first; empty when there is no previous */
  changes: Change[];
};

/** Breaking changes first, each group in the order the diff found them. */
export function breakingFirst(changes: readonly Change[]): Change[] {
  return [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)];
}

function parseChanges(json: string | null): Change[] {
  return json ? (JSON.parse(json) as Change[]) : [];
}

/** One revision of an API, its check and what changed since the revision before it. */
export async function apiRevision(db: Db, viewer: Viewer, slug: string, id: string) {
  const api = await findApi(db, viewer, slug);
  if (!api) return null;
  const row = await db.specRevision.findFirst({
    where: { id, ...seenBy(viewer, api.id) },
    select: { ...CHECK_SELECT, createdBy: true, arrivedVia: true, previousId: true, changes: true },
  });
  if (!row) return null;
  const { createdBy, arrivedVia, changes, ...rest } = row;
  const previousRow = rest.previousId ? await db.specRevision.findFirst({ where: { id: rest.previousId, ...seenBy(viewer, api.id) }, select: { id: true, createdAt: true } }) : null;
  const { previousId: _previous, previousWithheld, ...check } = comparisonSeenBy(rest, new Set(previousRow ? [previousRow.id] : []));
  const [actor, number, previousNumber] = await Promise.all([
    actorsOf(db, viewer, [createdBy]),
    numberOf(db, viewer, api.id, check),
    previousRow ? numberOf(db, viewer, api.id, previousRow) : null,
  ]);
  const revision: RevisionDetail = {
    number,
    check: checkOf(check),
    actor: actor(createdBy),
    arrival: arrivalLabel(arrivedVia),
    previous: previousRow ? { id: previousRow.id, number: previousNumber! } : null,
    previousWithheld,
    changes: previousRow ? breakingFirst(parseChanges(changes)) : [],
  };
  return { api, revision };
}

const revisionId = (which: string) =>
  z
    .string({ error: `Choose the ${which} version` })
    .trim()
    .min(1, `Choose the ${which} version`)
    .max(64, `Choose the ${which} version from the list`)
    .regex(/^[A-Za-z0-9_-]+$/, `Choose the ${which} version from the list`);

const compareSchema = z
  .object({ from: revisionId("earlier"), to: revisionId("later") })
  .refine((v) => v.from !== v.to, { path: ["to"], message: "Choose two different versions to compare" });

export type CompareErrors = Partial<Record<"from" | "to", string>>;
export type CompareOutcome =
  | { ok: true; from: RevisionOption; to: RevisionOption; changes: Change[] }
  | { ok: false; errors: CompareErrors; values: { from?: string; to?: string } }
  /** the comparison could not be worked out just now: try again */
  | { ok: false; busy: string; errors: CompareErrors; values: { from?: string; to?: string } };

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Compares any two checked revisions of one API, on their bundled documents: worked out once per
 * pair and kept (comparisonOf), so it may answer that the catalogue is busy. Ids that are not
 * revisions of this API the viewer may see (another API's included) get the same error as
 * made-up ones.
 */
export async function compareApiRevisions(db: Db, viewer: Viewer, slug: string, input: { from?: unknown; to?: unknown }) {
  const api = await findApi(db, viewer, slug);
  if (!api) return null;
  const options = await compareOptions(db, viewer, api.id);
  const raw = { from: firstValue(input.from), to: firstValue(input.to) };
  const values = { from: typeof raw.from === "string" ? raw.from : undefined, to: typeof raw.to === "string" ? raw.to : undefined };
  const parsed = compareSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: CompareErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "from" || field === "to") && !errors[field]) errors[field] = issue.message;
    }
    return { api, options, outcome: { ok: false, errors, values } as CompareOutcome };
  }
  const { from, to } = parsed.data;
  // The choices are exactly the checked versions this viewer may see.
  const option = (id: string) => options.find((o) => o.id === id);
  const errors: CompareErrors = {};
  if (!option(from)) errors.from = "Choose the earlier version from the list: that one is not a checked version of this API";
  if (!option(to)) errors.to = "Choose the later version from the list: that one is not a checked version of this API";
  if (errors.from || errors.to) return { api, options, outcome: { ok: false, errors, values } as CompareOutcome };
  let changes: Change[];
  try {
    changes = breakingFirst(await comparisonOf(db, from, to));
  } catch (error) {
    if (isIngestError(error) && error.code === "busy") return { api, options, outcome: { ok: false, busy: error.message, errors: {}, values } as CompareOutcome };
    throw error;
  }
  return { api, options, outcome: { ok: true, from: option(from)!, to: option(to)!, changes } as CompareOutcome };
}
