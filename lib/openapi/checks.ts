import { recordAudit } from "@/lib/audit/record";
import { NEWEST_FIRST, compareWithPrevious, confirmComparison, scoreFor } from "@/lib/catalogue/spec-revisions";
import type { Viewer } from "@/lib/auth/viewer";
import { comparisonSeenBy, visibleRevisionWhere } from "@/lib/catalogue/visibility";
import type { Db } from "@/lib/db";
import { readStandards, type StoredStandards } from "@/lib/standards/result";
import type { CheckResult } from "./check";
import { isIngestError } from "./errors";
import { checkInWorker } from "./worker";

export const CHECKER = "system:spec-check";

/**
 * A check's findings as the SpecRevision columns that keep them. The score is not among them:
 * it depends on the API too (whether it serves a dataset), so it is worked out where the
 * revision is stored (addSpecRevision), in the same transaction.
 */
export function checkedFields(result: CheckResult) {
  return {
    status: "checked",
    specVersion: result.versionLabel,
    bundled: result.bundledJson,
    problems: JSON.stringify(result.problems),
    standards: JSON.stringify(result.standards),
    error: null,
    checkedAt: new Date(),
  };
}

export type CheckedFields = ReturnType<typeof checkedFields>;

/**
 * The check of a revision stored earlier, to store again with the same text; undefined if it has
 * none, or if it was checked with the rules as they were before format 2 (then it is checked again).
 */
export function reusedFields(earlier: { specVersion: string | null; bundled: string | null; problems: string; standards: string | null }): CheckedFields | undefined {
  const { specVersion, bundled, problems, standards } = earlier;
  if (specVersion === null || bundled === null || standards === null) return undefined;
  const stored = readStandards(standards);
  if (!stored || !("format" in stored)) return undefined;
  return { status: "checked", specVersion, bundled, problems, standards, error: null, checkedAt: new Date() };
}

/** What checking one revision found, ready to store. */
async function check(source: string) {
  try {
    return checkedFields(await checkInWorker(Buffer.from(source, "utf8")));
  } catch (error) {
    // Busy is not the document's fault: it stays pending for the next run.
    if (!isIngestError(error) || error.code === "busy") throw error;
    return { status: "refused", specVersion: null, bundled: null, problems: "[]", standards: null, error: error.message, checkedAt: new Date() };
  }
}

/**
 * Checks every stored revision not checked yet (the seeded specs on first start), storing the
 * bundle, problems, standards results and what changed since the API's previous checked
 * revision with an audit event, and the API's latest score, in one transaction per revision.
 * Returns how many were checked and refused.
 */
export async function checkPendingRevisions(db: Db): Promise<{ checked: number; refused: number }> {
  const pending = await db.specRevision.findMany({ where: { status: "pending" }, select: { id: true, apiId: true, source: true, createdAt: true }, orderBy: { createdAt: "asc" } });
  let checked = 0;
  let refused = 0;
  for (const revision of pending) {
    const outcome = await check(revision.source);
    // The diff is the slow part: made first, and only confirmed inside the transaction.
    const made = outcome.status === "checked" ? await compareWithPrevious(db, revision.apiId, outcome.bundled, revision) : undefined;
    await db.$transaction(async (tx) => {
      const comparison = made ? await confirmComparison(tx, revision.apiId, outcome.bundled, made, revision) : {};
      const score = outcome.status === "checked" ? await scoreFor(tx, revision.apiId, outcome.standards) : null;
      const updated = await tx.specRevision.updateMany({ where: { id: revision.id, status: "pending" }, data: { ...outcome, ...comparison, score } });
      // Another instance got here first: it has done the same work.
      if (updated.count === 0) return;
      const latest = await tx.specRevision.findFirst({ where: { apiId: revision.apiId, status: "checked" }, orderBy: NEWEST_FIRST, select: { score: true } });
      await tx.api.update({ where: { id: revision.apiId }, data: { standardsScore: latest?.score ?? null } });
      await recordAudit(tx, {
        actor: CHECKER,
        action: "update",
        entityType: "SpecRevision",
        entityId: revision.id,
        before: { status: "pending" },
        after: { status: outcome.status, specVersion: outcome.specVersion, score, error: outcome.error },
      });
    });
    if (outcome.status === "checked") checked++;
    else refused++;
  }
  return { checked, refused };
}

export type LatestCheck = {
  id: string;
  createdAt: Date;
  origin: string | null;
  status: string;
  specVersion: string | null;
  score: number | null;
  error: string | null;
  /** how many changes since the previous checked revision break existing clients; null for a first or unchecked one */
  breakingChanges: number | null;
  standards: StoredStandards | null;
  problems: { ruleId: string; severity: string; message: string; line: number; column: number }[];
  /** the publisher says the API serves a dataset (the standards' points 21 and 22 apply) */
  servesDataset: boolean;
  /** the API's slug, for links to this check's downloads */
  apiSlug: string;
};

/** The columns a check is shown from (never the source or bundle, which can be megabytes). */
export const CHECK_SELECT = {
  id: true,
  createdAt: true,
  origin: true,
  status: true,
  specVersion: true,
  score: true,
  error: true,
  breakingChanges: true,
  standards: true,
  problems: true,
  api: { select: { servesDataset: true, slug: true } },
} as const;

type CheckRow = Omit<LatestCheck, "standards" | "problems" | "servesDataset" | "apiSlug"> & { standards: string | null; problems: string; api: { servesDataset: boolean; slug: string } };

export function checkOf({ api, ...revision }: CheckRow): LatestCheck {
  return { ...revision, standards: readStandards(revision.standards), problems: JSON.parse(revision.problems), servesDataset: api.servesDataset, apiSlug: api.slug };
}

/**
 * The latest revision of an API and what its check found (the caller has already checked the
 * viewer may see the API: its current version is theirs to see). How many of its changes break
 * clients is given only if they may see the version it was compared with.
 */
export async function latestCheck(db: Db, viewer: Viewer, apiId: string): Promise<LatestCheck | null> {
  const revision = await db.specRevision.findFirst({ where: { apiId }, orderBy: NEWEST_FIRST, select: { ...CHECK_SELECT, previousId: true } });
  if (!revision) return null;
  const previous = revision.previousId ? await db.specRevision.findFirst({ where: { id: revision.previousId, ...visibleRevisionWhere(viewer) }, select: { id: true } }) : null;
  const { previousId: _previous, previousWithheld: _withheld, ...check } = comparisonSeenBy(revision, new Set(previous ? [previous.id] : []));
  return checkOf(check);
}
