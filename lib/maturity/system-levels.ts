/**
 * Systems are scored too, without assessments of their own: when an organisation's assessment is
 * approved, each of its systems' grids is worked out and its levels kept, in the same transaction,
 * so every system has a history of levels dated by its organisation's approvals.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, Tx } from "@/lib/db";
import type { LevelPoint } from "./assessment-queries";
import { levelsOf } from "./levels";
import { liveMaturity } from "./live";
import type { DimensionKey } from "./model";

export type SystemLevelsRow = { systemId: string; levels: Record<DimensionKey, number> };

/**
 * The levels of each of the organisation's current, published systems now, as its own publishers
 * would see them (the viewer is an assessor approving, who may read its internal records).
 */
export async function currentSystemLevels(db: Db, viewer: Viewer, organisationId: string, now: Date): Promise<SystemLevelsRow[]> {
  const systems = await db.system.findMany({ where: { organisationId, status: "published", lifecycle: { not: "retired" } }, orderBy: { name: "asc" }, select: { id: true } });
  const rows: SystemLevelsRow[] = [];
  // One at a time: each grid reads the estate, and SQLite has a single connection.
  for (const { id } of systems) rows.push({ systemId: id, levels: levelsOf((await liveMaturity(db, viewer, { organisationId, systemId: id }, now)).grid) });
  return rows;
}

/** Keeps each system's levels under the approved assessment, each audited. */
export async function recordSystemLevels(tx: Tx, actor: string, assessment: { id: string; organisationId: string }, rows: SystemLevelsRow[], now: Date): Promise<void> {
  for (const row of rows) {
    const kept = await tx.systemLevels.create({ data: { systemId: row.systemId, assessmentId: assessment.id, levels: JSON.stringify(row.levels), recordedAt: now } });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "SystemLevels",
      entityId: kept.id,
      after: { organisationId: assessment.organisationId, systemId: row.systemId, assessmentId: assessment.id, ...row.levels },
    });
  }
}

/** A system's levels at each of its organisation's approvals, oldest first. */
export async function systemLevelHistory(db: Db, systemId: string): Promise<LevelPoint[]> {
  const rows = await db.systemLevels.findMany({ where: { systemId }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }], select: { recordedAt: true, levels: true } });
  return rows.map((r) => ({ date: r.recordedAt.toISOString().slice(0, 10), levels: JSON.parse(r.levels) as Record<string, number> }));
}
