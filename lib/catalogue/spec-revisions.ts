import type { Tx } from "@/lib/db";

type CheckFields = { status?: string; specVersion?: string | null; bundled?: string | null; problems?: string; standards?: string | null; score?: number | null; error?: string | null; checkedAt?: Date | null };
type NewRevision = { apiId: string; source: string; contentHash: string; arrivedVia: string; origin?: string | null; createdBy?: string | null } & CheckFields;

/**
 * Stores a spec revision and marks its API as having a spec (search counts that flag); a
 * revision stored already checked also becomes the API's standards score.
 */
export async function addSpecRevision(tx: Tx, data: NewRevision): Promise<{ id: string }> {
  const created = await tx.specRevision.create({ data, select: { id: true } });
  await tx.api.update({ where: { id: data.apiId }, data: { hasSpec: true, ...(data.status === "checked" ? { standardsScore: data.score ?? null } : {}) } });
  return created;
}
