/** Reading assessments: the assessor queue, an organisation's open and last published ones. */
import { can, ForbiddenError } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import type { Snapshot } from "./assessments";
import { levelsOf } from "./levels";

export const STATUS_LABELS: Record<string, string> = { draft: "Draft", submitted: "Waiting for review", returned: "Returned to the publisher", approved: "Published", superseded: "Superseded" };

/** Submissions waiting for an assessor, the longest waiting first. */
export async function assessmentQueue(db: Db, viewer: Viewer) {
  if (!can(viewer, "assessment.review")) throw new ForbiddenError();
  return db.assessment.findMany({
    where: { status: "submitted" },
    orderBy: { submittedAt: "asc" },
    select: { id: true, submittedAt: true, createdBy: true, organisation: { select: { name: true, slug: true } } },
  });
}

/**
 * The organisation's published assessment and its snapshot, or null. The snapshot counts internal
 * records: pages show its evidence only to those who may read them, and its levels to everyone.
 */
export async function lastPublished(db: Db, organisationId: string): Promise<{ id: string; approvedAt: Date; snapshot: Snapshot } | null> {
  const found = await db.assessment.findFirst({ where: { organisationId, status: "approved" }, select: { id: true, approvedAt: true, snapshot: true } });
  return found && { id: found.id, approvedAt: found.approvedAt!, snapshot: JSON.parse(found.snapshot!) as Snapshot };
}

/** The organisation's open assessment, for its publishers and assessors; null for anyone else. */
export function openAssessment(db: Db, viewer: Viewer, organisationId: string) {
  if (!can(viewer, "assessment.read", { organisationId })) return null;
  return db.assessment.findUnique({ where: { openFor: organisationId }, select: { id: true, status: true } });
}

export type LevelPoint = { date: string; levels: Record<string, number> };

/** The levels of every assessment the organisation has published, oldest first. */
export async function levelHistory(db: Db, organisationId: string): Promise<LevelPoint[]> {
  const published = await db.assessment.findMany({
    where: { organisationId, status: { in: ["approved", "superseded"] } },
    orderBy: { approvedAt: "asc" },
    select: { approvedAt: true, snapshot: true },
  });
  return published.map((a) => ({
    date: a.approvedAt!.toISOString().slice(0, 10),
    levels: levelsOf((JSON.parse(a.snapshot!) as Snapshot).grid),
  }));
}
