import { Prisma, type Tx } from "@/lib/db";

/**
 * Rewrites the full-text index rows of these APIs from their current data, and removes the rows
 * of any that no longer exist. Call it in the transaction that changed them, so the index and
 * the data can never disagree.
 */
export async function reindexApis(tx: Tx, apiIds: string[]): Promise<void> {
  if (apiIds.length === 0) return;
  const apis = await tx.api.findMany({
    where: { id: { in: apiIds } },
    select: { id: true, name: true, description: true, organisation: { select: { name: true, acronym: true } }, tags: { select: { tag: true } } },
  });
  const ids = Prisma.join(apiIds);
  await tx.$executeRaw`DELETE FROM "api_search" WHERE "api_id" IN (${ids})`;
  // Keep each statement well under both engines' bound-parameter limits.
  for (let start = 0; start < apis.length; start += 100) {
    const rows = apis.slice(start, start + 100).map((api) => {
      const organisation = [api.organisation.name, api.organisation.acronym].filter(Boolean).join(" ");
      const tags = api.tags.map((t) => t.tag.replace(/-/g, " ")).join(" ");
      return Prisma.sql`(${api.id}, ${api.name}, ${api.description}, ${organisation}, ${tags})`;
    });
    await tx.$executeRaw`INSERT INTO "api_search" ("api_id", "name", "description", "organisation", "tags") VALUES ${Prisma.join(rows)}`;
  }
}

/** Rebuilds the whole index: used after bulk loads and by the import. */
export async function reindexAll(tx: Tx): Promise<void> {
  const all = await tx.api.findMany({ select: { id: true } });
  await tx.$executeRaw`DELETE FROM "api_search"`;
  for (let start = 0; start < all.length; start += 500) {
    await reindexApis(tx, all.slice(start, start + 500).map((a) => a.id));
  }
}
