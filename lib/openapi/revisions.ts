import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import type { CheckResult } from "./check";
import { isIngestError } from "./errors";
import { checkInWorker } from "./worker";

export const CHECKER = "system:spec-check";

/** A check's findings as the SpecRevision columns that keep them. */
export function checkedFields(result: CheckResult) {
  return {
    status: "checked",
    specVersion: result.versionLabel,
    bundled: JSON.stringify(result.bundled),
    problems: JSON.stringify(result.problems),
    standards: JSON.stringify(result.standards),
    score: result.standards.score,
    error: null,
    checkedAt: new Date(),
  };
}

/** What checking one revision found, ready to store. */
async function check(source: string) {
  try {
    return checkedFields(await checkInWorker(Buffer.from(source, "utf8")));
  } catch (error) {
    if (!isIngestError(error)) throw error;
    return { status: "refused", specVersion: null, bundled: null, problems: "[]", standards: null, score: null, error: error.message, checkedAt: new Date() };
  }
}

/**
 * Checks every stored revision not checked yet (the seeded specs on first start), storing the
 * bundle, problems and standards results with an audit event, and the API's latest score, in
 * one transaction per revision. Returns how many were checked and refused.
 */
export async function checkPendingRevisions(db: Db): Promise<{ checked: number; refused: number }> {
  const pending = await db.specRevision.findMany({ where: { status: "pending" }, select: { id: true, apiId: true, source: true }, orderBy: { createdAt: "asc" } });
  let checked = 0;
  let refused = 0;
  for (const revision of pending) {
    const outcome = await check(revision.source);
    await db.$transaction(async (tx) => {
      const updated = await tx.specRevision.updateMany({ where: { id: revision.id, status: "pending" }, data: outcome });
      // Another instance got here first: it has done the same work.
      if (updated.count === 0) return;
      const latest = await tx.specRevision.findFirst({ where: { apiId: revision.apiId, status: "checked" }, orderBy: { createdAt: "desc" }, select: { score: true } });
      await tx.api.update({ where: { id: revision.apiId }, data: { standardsScore: latest?.score ?? null } });
      await recordAudit(tx, {
        actor: CHECKER,
        action: "update",
        entityType: "SpecRevision",
        entityId: revision.id,
        before: { status: "pending" },
        after: { status: outcome.status, specVersion: outcome.specVersion, score: outcome.score, error: outcome.error },
      });
    });
    if (outcome.status === "checked") checked++;
    else refused++;
  }
  return { checked, refused };
}

export type LatestCheck = {
  createdAt: Date;
  origin: string | null;
  status: string;
  specVersion: string | null;
  score: number | null;
  error: string | null;
  standards: import("@/lib/standards").StandardsResult | null;
  problems: { ruleId: string; severity: string; message: string; line: number; column: number }[];
};

/** The latest revision of an API and what its check found (the caller has already checked the viewer may see the API). */
export async function latestCheck(db: Db, apiId: string): Promise<LatestCheck | null> {
  const revision = await db.specRevision.findFirst({
    where: { apiId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, origin: true, status: true, specVersion: true, score: true, error: true, standards: true, problems: true },
  });
  if (!revision) return null;
  return { ...revision, standards: revision.standards ? JSON.parse(revision.standards) : null, problems: JSON.parse(revision.problems) };
}
