import { Prisma } from "@/lib/db";

/** Who is looking. Sign-in (a later issue) adds signed-in users, members, assessors and admins. */
export type Viewer = { kind: "anonymous" };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** Which visibilities this viewer may see; applied inside every query, so counts cannot leak. */
export function visibleLevels(viewer: Viewer): string[] {
  switch (viewer.kind) {
    case "anonymous":
      return ["public"];
  }
}

/** A Prisma `where` for the APIs this viewer may see. */
export function visibleApiWhere(viewer: Viewer) {
  return { visibility: { in: visibleLevels(viewer) } };
}

/** The same rule as SQL, for the raw search queries (`a` is the Api table's alias). */
export function visibleApiSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`a."visibility" IN (${Prisma.join(visibleLevels(viewer))})`;
}
