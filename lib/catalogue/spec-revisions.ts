import type { Tx } from "@/lib/db";

type NewRevision = { apiId: string; source: string; contentHash: string; arrivedVia: string; origin?: string | null; createdBy?: string | null };

/** Stores a spec revision and marks its API as having a spec (search counts that flag). */
export async function addSpecRevision(tx: Tx, data: NewRevision): Promise<{ id: string }> {
  const created = await tx.specRevision.create({ data, select: { id: true } });
  await tx.api.update({ where: { id: data.apiId }, data: { hasSpec: true } });
  return created;
}
