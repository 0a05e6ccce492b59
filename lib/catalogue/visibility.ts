import { organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/db";

export { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";

/**
 * Who may see which API, as one rule used by every query (so search results, counts, pages and
 * exports cannot disagree or leak):
 * - published public APIs: everyone;
 * - published government APIs: anyone signed in;
 * - published internal APIs: the owning organisation's members, assessors and admins;
 * - drafts: the owning organisation's publishers and admins.
 * Each clause says which organisations it covers: "all", or a list (possibly empty).
 */
type Clause = { status: "published" | "draft"; visibility?: string; organisations: string[] | "all" };

function clauses(viewer: Viewer): Clause[] {
  const result: Clause[] = [{ status: "published", visibility: "public", organisations: "all" }];
  if (viewer.kind === "anonymous") return result;
  result.push({ status: "published", visibility: "government", organisations: "all" });
  result.push({ status: "published", visibility: "internal", organisations: organisationsFor(viewer, "api.read-internal") });
  result.push({ status: "draft", organisations: organisationsFor(viewer, "draft.read") });
  return result.filter((c) => c.organisations === "all" || c.organisations.length > 0);
}

/** A Prisma `where` for the APIs this viewer may see. */
export function visibleApiWhere(viewer: Viewer) {
  return {
    OR: clauses(viewer).map((c) => ({
      status: c.status,
      ...(c.visibility ? { visibility: c.visibility } : {}),
      ...(c.organisations === "all" ? {} : { organisationId: { in: c.organisations } }),
    })),
  };
}

/** The same rule as SQL, for the raw search queries (`a` is the Api table's alias). */
export function visibleApiSql(viewer: Viewer): Prisma.Sql {
  const parts = clauses(viewer).map((c) => {
    const conditions = [Prisma.sql`a."status" = ${c.status}`];
    if (c.visibility) conditions.push(Prisma.sql`a."visibility" = ${c.visibility}`);
    if (c.organisations !== "all") conditions.push(Prisma.sql`a."organisationId" IN (${Prisma.join(c.organisations)})`);
    return Prisma.sql`(${Prisma.join(conditions, " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** Systems follow the same draft rule; they have no visibility of their own. */
export function visibleSystemWhere(viewer: Viewer) {
  const drafts = organisationsFor(viewer, "draft.read");
  if (drafts === "all") return {};
  return { OR: [{ status: "published" }, ...(drafts.length ? [{ status: "draft", organisationId: { in: drafts } }] : [])] };
}

/** Two viewers with the same key see exactly the same APIs (used to share cached results). */
export function visibilityKey(viewer: Viewer): string {
  return JSON.stringify(clauses(viewer));
}
