/**
 * Reads every record of one kind the viewer may see, a page at a time in a stable order (by id,
 * which never changes), so a download of 10,000 APIs never holds them all in memory at once.
 */
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { visibleConnectionWhere } from "@/lib/estate/visibility";
import { apiItem, apiSelect, connectionItem, connectionSelect, systemItem, systemSelect, type RecordItem, type RecordKind } from "./records";

export const PAGE_SIZE = 500;

/** The items of these ids (or, with `after`, the next page by id) that the viewer may see now. */
export async function readItems(db: Db, viewer: Viewer, kind: RecordKind, origin: string, scope: { ids: string[] } | { after: string | null; take: number }): Promise<RecordItem[]> {
  const where = "ids" in scope ? { id: { in: scope.ids } } : scope.after ? { id: { gt: scope.after } } : {};
  const page: { orderBy?: { id: "asc" }; take?: number } = "ids" in scope ? {} : { orderBy: { id: "asc" }, take: scope.take };
  if (kind === "apis") {
    const rows = await db.api.findMany({ where: { AND: [where, visibleApiWhere(viewer)] }, select: apiSelect, ...page });
    return rows.map((row) => apiItem(row, origin));
  }
  if (kind === "systems") {
    const rows = await db.system.findMany({ where: { AND: [where, visibleSystemWhere(viewer)] }, select: systemSelect, ...page });
    return rows.map((row) => systemItem(row, origin));
  }
  const rows = await db.connection.findMany({ where: { AND: [where, visibleConnectionWhere(viewer)] }, select: connectionSelect, ...page });
  return rows.map((row) => connectionItem(row, origin));
}

/** Every item the viewer may see, page by page, in order of id. */
export async function* allItems(db: Db, viewer: Viewer, kind: RecordKind, origin: string, pageSize = PAGE_SIZE): AsyncGenerator<RecordItem[]> {
  let after: string | null = null;
  for (;;) {
    const page = await readItems(db, viewer, kind, origin, { after, take: pageSize });
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
