import type { Db } from "@/lib/db";

/** The catalogue's version: bumped by every write, in the write's own transaction. */
export async function catalogueVersion(db: Db): Promise<number> {
  return (await db.catalogueVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}
