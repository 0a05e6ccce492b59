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

/**
 * Who could see a record at some moment, kept with every SpecRevision and AuditEvent so that
 * histories show each viewer only what they could see when it was written: an API's visibility
 * while published, "draft" while a draft; a system is "public" once published; "admin" for
 * accounts and memberships, which only the admins' audit log shows. Each is seen by everyone the
 * one after it is seen by, and more.
 */
export const AUDIENCES = ["public", "government", "internal", "draft", "admin"] as const;
export type Audience = (typeof AUDIENCES)[number];

export function apiAudience(api: { status: string; visibility: string }): Audience {
  if (api.status === "draft") return "draft";
  return (AUDIENCES as readonly string[]).includes(api.visibility) ? (api.visibility as Audience) : "draft";
}

export function systemAudience(system: { status: string }): Audience {
  return system.status === "draft" ? "draft" : "public";
}

/** The wider of two audiences (for a version that stays current while its API is shown to more people). */
export function widerAudience(a: Audience, b: Audience): Audience {
  return AUDIENCES.indexOf(a) <= AUDIENCES.indexOf(b) ? a : b;
}

/** An API's clauses as audiences: "draft" for the draft clause, its visibility otherwise. */
function audienceClauses(viewer: Viewer): { audience: string; organisations: string[] | "all" }[] {
  return clauses(viewer).map((c) => ({ audience: c.status === "draft" ? "draft" : c.visibility!, organisations: c.organisations }));
}

/**
 * A Prisma `where` for rows whose recorded audience (in `column`, with its organisation in
 * `organisationColumn`) includes this viewer: the same clauses as visibleApiWhere, applied to who
 * could see the record then instead of who can now.
 */
export function audienceWhere(viewer: Viewer, column: string, organisationColumn = "audienceOrganisationId") {
  return {
    OR: audienceClauses(viewer).map((c) => ({
      [column]: c.audience,
      ...(c.organisations === "all" ? {} : { [organisationColumn]: { in: c.organisations } }),
    })),
  };
}

/** Whether this viewer is in a recorded audience (the same rule as audienceWhere, for one row). */
export function inAudience(viewer: Viewer, audience: string | null, organisationId: string | null): boolean {
  if (audience === null) return false;
  return audienceClauses(viewer).some((c) => c.audience === audience && (c.organisations === "all" || (organisationId !== null && c.organisations.includes(organisationId))));
}

/** The SpecRevisions of an API this viewer may see. */
export function visibleRevisionWhere(viewer: Viewer) {
  return audienceWhere(viewer, "audience");
}

/**
 * A version's comparison with the one before it, as a viewer may know it: what changed (or how
 * many changes break clients) says what the earlier version was, so nothing of it for a viewer
 * who may not see that one. `shown`: the ids of the versions they may see.
 */
export function comparisonSeenBy<T extends { previousId: string | null; breakingChanges: number | null }>(row: T, shown: ReadonlySet<string>): T & { previousWithheld: boolean } {
  if (row.previousId === null || shown.has(row.previousId)) return { ...row, previousWithheld: false };
  return { ...row, previousId: null, breakingChanges: null, previousWithheld: true };
}
