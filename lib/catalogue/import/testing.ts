// Helpers shared by the import's integration tests (not used by the import itself).
import type { Db } from "@/lib/db";

export async function tableCounts(db: Db) {
  const [organisations, apis, importedApis, specRevisions, auditEvents, tags] = await Promise.all([
    db.organisation.count(),
    db.api.count(),
    db.api.count({ where: { source: "api.gov.uk" } }),
    db.specRevision.count(),
    db.auditEvent.count(),
    db.apiTag.count(),
  ]);
  const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "api_search"`);
  return { organisations, apis, importedApis, specRevisions, auditEvents, tags, searchRows: Number(rows[0]?.n ?? 0) };
}
