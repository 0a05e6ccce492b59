import type { Db } from "@/lib/db";

export type SourceStatus = { url: string; status: string; error: string | null; lastFetchedAt: Date | null; lastChangedAt: Date | null; nextFetchAt: Date };

/** Where an API's spec is fetched from and how the last fetch went (the caller has checked the viewer may see the API). */
export function sourceStatus(db: Db, apiId: string): Promise<SourceStatus | null> {
  return db.specSource.findUnique({ where: { apiId }, select: { url: true, status: true, error: true, lastFetchedAt: true, lastChangedAt: true, nextFetchAt: true } });
}
