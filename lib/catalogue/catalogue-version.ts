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

/**
 * The request header by which the proxy hands a search page the version it has just read for
 * the page cache, so the page's result cache need not read it again (one query per page, not two).
 */
export const CATALOGUE_VERSION_HEADER = "x-catalogue-version";

/** Puts on a request the version the proxy read for it, and never one the client sent. */
export function forwardCatalogueVersion(headers: Headers, version: number | undefined): void {
  headers.delete(CATALOGUE_VERSION_HEADER);
  if (version !== undefined) headers.set(CATALOGUE_VERSION_HEADER, String(version));
}

/** The version the proxy read for this request, if it read one. */
export function forwardedCatalogueVersion(headers: Pick<Headers, "get">): number | undefined {
  const value = headers.get(CATALOGUE_VERSION_HEADER);
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}
