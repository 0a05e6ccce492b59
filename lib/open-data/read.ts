/**
 * Reads every record of one kind the viewer may see, a page at a time in a stable order (by id,
 * which never changes), so a download of 10,000 APIs never holds them all in memory at once.
 */
import type { Viewer } from "@/lib/auth/viewer";
import { engineOfClient, Prisma, type Db } from "@/lib/db";
import { visibleApiSql, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { apiItem, connectionItem, connectionSelect, systemItem, systemSelect, type ApiRow, type RecordItem, type RecordKind } from "./records";

/** APIs come in one query a page; the others load their relations by lists of ids, kept well under SQLite's 999 parameters. */
export const PAGE_SIZES: Record<RecordKind, number> = { apis: 1000, systems: 500, connections: 500 };
export const ID_CHUNK = 400;

/**
 * APIs in one query with their organisation's and system's slugs and their tags: Prisma's
 * relation loading took three more queries a page and made the full download twice as slow.
 */
function apiRows(db: Db, viewer: Viewer, scope: { ids: string[] } | { after: string | null; take: number }): Promise<ApiRow[]> {
  const tags = engineOfClient(db) === "sqlite" ? Prisma.sql`group_concat(t."tag", ',' ORDER BY t."tag")` : Prisma.sql`string_agg(t."tag", ',' ORDER BY t."tag")`;
  const where = "ids" in scope ? Prisma.sql`a."id" IN (${Prisma.join(scope.ids)})` : Prisma.sql`a."id" > ${scope.after ?? ""}`;
  return db.$queryRaw<ApiRow[]>(Prisma.sql`
    SELECT a."id", a."slug", a."name", a."description", a."url", a."documentationUrl", a."licence", a."maintainer", a."areaServed",
      a."startDate", a."endDate", a."dateAdded", a."dateUpdated", a."lifecycle", a."deprecatedAt", a."sunsetAt", a."visibility",
      a."authType", a."status", a."servesDataset", a."source", o."slug" AS "provider", s."slug" AS "system",
      (SELECT ${tags} FROM "ApiTag" t WHERE t."apiId" = a."id") AS "tags"
    FROM "Api" a JOIN "Organisation" o ON o."id" = a."organisationId" LEFT JOIN "System" s ON s."id" = a."systemId"
    WHERE ${where} AND ${visibleApiSql(viewer)}
    ORDER BY a."id"${"take" in scope ? Prisma.sql` LIMIT ${scope.take}` : Prisma.empty}`);
}

/** The items of these ids (or, with `after`, the next page by id) that the viewer may see now. */
export async function readItems(db: Db, viewer: Viewer, kind: RecordKind, origin: string, scope: { ids: string[] } | { after: string | null; take: number }): Promise<RecordItem[]> {
  if ("ids" in scope && scope.ids.length > ID_CHUNK) {
    const parts = [];
    for (let i = 0; i < scope.ids.length; i += ID_CHUNK) parts.push(await readItems(db, viewer, kind, origin, { ids: scope.ids.slice(i, i + ID_CHUNK) }));
    return parts.flat();
  }
  const where = "ids" in scope ? { id: { in: scope.ids } } : scope.after ? { id: { gt: scope.after } } : {};
  const page: { orderBy?: { id: "asc" }; take?: number } = "ids" in scope ? {} : { orderBy: { id: "asc" }, take: scope.take };
  if (kind === "apis") return (await apiRows(db, viewer, scope)).map((row) => apiItem(row, origin));
  if (kind === "systems") {
    const rows = await db.system.findMany({ where: { AND: [where, visibleSystemWhere(viewer)] }, select: systemSelect, ...page });
    return rows.map((row) => systemItem(row, origin));
  }
  const rows = await db.connection.findMany({ where: { AND: [where, visibleConnectionWhere(viewer)] }, select: connectionSelect, ...page });
  return rows.map((row) => connectionItem(row, origin));
}

/** Every item the viewer may see, page by page, in order of id. */
export async function* allItems(db: Db, viewer: Viewer, kind: RecordKind, origin: string, pageSize = PAGE_SIZES[kind]): AsyncGenerator<RecordItem[]> {
  let after: string | null = null;
  for (;;) {
    const page = await readItems(db, viewer, kind, origin, { after, take: pageSize });
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
