import type { Db } from "@/lib/db";
import { visibleApiWhere, visibleSystemWhere, type Viewer } from "./visibility";

/** One system the viewer may see, with its visible APIs, or null (hidden looks the same as missing). */
export async function getSystem(db: Db, viewer: Viewer, slug: string) {
  return db.system.findFirst({
    where: { slug, ...visibleSystemWhere(viewer) },
    include: {
      organisation: true,
      apis: { where: visibleApiWhere(viewer), orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, lifecycle: true, status: true } },
    },
  });
}

export type SystemDetail = NonNullable<Awaited<ReturnType<typeof getSystem>>>;
