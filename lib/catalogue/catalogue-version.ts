import { Prisma, readRows, type Db } from "@/lib/db";

/**
 * The catalogue's version: bumped by every write, in the write's own transaction. Read on every
 * search page (by the proxy's page cache and by the search's result cache), so it is read straight
 * from the driver, not through Prisma (lib/db/read.ts).
 */
export async function catalogueVersion(db: Db): Promise<number> {
  const [row] = await readRows<{ version: number }>(db, Prisma.sql`SELECT "version" FROM "CatalogueVersion" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}
