import { Prisma, type Tx } from "@/lib/db";

/**
 * Rewrites the "Before you build" full-text rows of these systems from their current data, and
 * removes the rows of any that no longer exist. Call it in the transaction that changed them, so
 * the index and the systems can never disagree (as lib/catalogue/search/indexer.ts for APIs).
 */
export async function reindexSystems(tx: Tx, systemIds: string[]): Promise<void> {
  if (systemIds.length === 0) return;
  const systems = await tx.system.findMany({ where: { id: { in: systemIds } }, select: { id: true, name: true, description: true, capabilities: true } });
  await tx.$executeRaw`DELETE FROM "system_search" WHERE "system_id" IN (${Prisma.join(systemIds)})`;
  // Keep each statement well under both engines' bound-parameter limits.
  for (let start = 0; start < systems.length; start += 100) {
    const rows = systems.slice(start, start + 100).map((s) => Prisma.sql`(${s.id}, ${s.name}, ${s.description}, ${s.capabilities})`);
    await tx.$executeRaw`INSERT INTO "system_search" ("system_id", "name", "description", "capabilities") VALUES ${Prisma.join(rows)}`;
  }
}
