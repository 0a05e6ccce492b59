import { largeTextWrite, Prisma, type Db, type Tx } from "@/lib/db";
import { diffBundled } from "@/lib/openapi/compare";
import type { Change } from "@/lib/openapi/diff";
import { scoreOf } from "@/lib/standards/result";
import { apiAudience, widerAudience, type Audience } from "./visibility";

type CheckFields = { status?: string; specVersion?: string | null; bundled?: string | null; problems?: string; standards?: string | null; error?: string | null; checkedAt?: Date | null };
type NewRevision = { apiId: string; source: string; archive?: Uint8Array<ArrayBuffer> | null; archiveRoot?: string | null; contentHash: string; arrivedVia: string; origin?: string | null; createdBy?: string | null } & CheckFields;

/** What changed since the API's previous checked revision, as the SpecRevision columns keep it; all null for a first revision. */
export type Comparison = { previousId: string | null; changes: string | null; breakingChanges: number | null };

const FIRST: Comparison = { previousId: null, changes: null, breakingChanges: null };

/** An API's revisions newest first: by when stored, then by id for two stored in the same millisecond. */
export const NEWEST_FIRST: Prisma.SpecRevisionOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/** Where a revision already stored stands, so only checked revisions stored before it count as previous. */
type Position = { id: string; createdAt: Date };

async function previousCheckedId(client: Db | Tx, apiId: string, before?: Position): Promise<string | null> {
  const previous = await client.specRevision.findFirst({
    where: { apiId, status: "checked", ...(before ? { id: { not: before.id }, createdAt: { lte: before.createdAt } } : {}) },
    orderBy: NEWEST_FIRST,
    select: { id: true },
  });
  return previous?.id ?? null;
}

/** The API's latest checked revision and its bundle: what a new version of it is compared with. */
export function previousChecked(client: Db | Tx, apiId: string): Promise<{ id: string; bundled: string | null } | null> {
  return client.specRevision.findFirst({ where: { apiId, status: "checked" }, orderBy: NEWEST_FIRST, select: { id: true, bundled: true } });
}

/** What changed since `previous` (from previousChecked) as the columns keep it; FIRST when there was nothing to compare with. */
export function comparisonWith(previous: { id: string; bundled: string | null } | null, changes: Change[] | undefined): Comparison {
  if (!previous?.bundled || !changes) return FIRST;
  return { previousId: previous.id, changes: JSON.stringify(changes), breakingChanges: changes.filter((c) => c.breaking).length };
}

/** The API's newest revision, whatever its status: the version it has now. */
export function latestRevision(client: Db | Tx, apiId: string) {
  return client.specRevision.findFirst({ where: { apiId }, orderBy: NEWEST_FIRST, select: { id: true, contentHash: true, score: true } });
}

async function compareWith(client: Db | Tx, previousId: string | null, bundled: string | null): Promise<Comparison> {
  if (!previousId || !bundled) return FIRST;
  const previous = await client.specRevision.findUniqueOrThrow({ where: { id: previousId }, select: { bundled: true } });
  if (!previous.bundled) return FIRST;
  return comparisonWith({ id: previousId, bundled: previous.bundled }, await diffBundled(previous.bundled, bundled));
}

/**
 * Compares a bundled document with the API's latest checked revision (before `before`, for a
 * revision already stored). Parsing and diffing a large spec takes a good part of a second, so
 * callers run this before their transaction and hand the result to addSpecRevision.
 */
export async function compareWithPrevious(client: Db | Tx, apiId: string, bundled: string | null, before?: Position): Promise<Comparison> {
  return compareWith(client, await previousCheckedId(client, apiId, before), bundled);
}

/**
 * The comparison to store, inside the transaction: one made beforehand stands if the API's
 * latest checked revision is still the one it was made against; otherwise it is made again,
 * so a revision is never compared with anything but its true predecessor.
 */
export async function confirmComparison(tx: Tx, apiId: string, bundled: string | null, made?: Comparison, before?: Position): Promise<Comparison> {
  const previousId = await previousCheckedId(tx, apiId, before);
  if (made && made.previousId === previousId) return made;
  return compareWith(tx, previousId, bundled);
}

/** A checked revision's score for its API as it is now (whether it serves a dataset), worked out in the caller's transaction. */
export async function scoreFor(tx: Tx, apiId: string, standards: string | null | undefined): Promise<number | null> {
  const api = await tx.api.findUniqueOrThrow({ where: { id: apiId }, select: { servesDataset: true } });
  return scoreOf(standards ?? null, api);
}

/**
 * An API that is now shown to more people (published, or made more widely visible) shows them its
 * current version on its page, and its versions list and downloads must agree: the latest version,
 * and the latest checked one that the page documents, are widened to the API's audience now.
 * Versions it no longer shows stay with who could see them when they were stored.
 */
export async function widenCurrentRevisions(tx: Tx, apiId: string): Promise<void> {
  const api = await tx.api.findUniqueOrThrow({ where: { id: apiId }, select: { status: true, visibility: true } });
  const now = apiAudience(api);
  const current = await Promise.all([
    tx.specRevision.findFirst({ where: { apiId }, orderBy: NEWEST_FIRST, select: { id: true, audience: true } }),
    tx.specRevision.findFirst({ where: { apiId, status: "checked" }, orderBy: NEWEST_FIRST, select: { id: true, audience: true } }),
  ]);
  for (const revision of current) {
    if (revision && widerAudience(revision.audience as Audience, now) !== revision.audience) {
      await tx.specRevision.update({ where: { id: revision.id }, data: { audience: now } });
    }
  }
}

/**
 * Stores a spec revision and marks its API as having a spec (search counts that flag); a
 * revision stored already checked is scored for its API, its score becomes the API's standards
 * score, and it is compared with the API's previous checked revision (previousId, changes,
 * breakingChanges).
 */
export async function addSpecRevision(tx: Tx, { comparison, ...data }: NewRevision & { comparison?: Comparison }): Promise<{ id: string; score: number | null }> {
  const checked = data.status === "checked";
  const compared = checked ? await confirmComparison(tx, data.apiId, data.bundled ?? null, comparison) : FIRST;
  // Who may see it is who may see its API as it is stored: a draft's versions stay its organisation's.
  const api = await tx.api.findUniqueOrThrow({ where: { id: data.apiId }, select: { status: true, visibility: true, organisationId: true, servesDataset: true } });
  const audience = { audience: apiAudience(api), audienceOrganisationId: api.organisationId };
  const score = checked ? scoreOf(data.standards ?? null, api) : null;
  // The document and its bundle (megabytes, for a big spec) are written apart: see largeTextWrite.
  const { source, bundled = null, ...rest } = data;
  const created = await tx.specRevision.create({ data: { ...rest, source: "", ...compared, ...audience, score }, select: { id: true } });
  await largeTextWrite(tx, Prisma.sql`UPDATE "SpecRevision" SET "source" = ${source}, "bundled" = ${bundled} WHERE "id" = ${created.id}`);
  await tx.api.update({ where: { id: data.apiId }, data: { hasSpec: true, ...(checked ? { standardsScore: score } : {}) } });
  return { id: created.id, score };
}

/**
 * Scores every checked revision of an API again from its stored rows, after the publisher says
 * whether it serves a dataset (points 21 and 22 apply only then): no document is linted again.
 * The API's standards score follows its latest checked revision. In the caller's transaction.
 */
export async function rescoreRevisions(tx: Tx, apiId: string, context: { servesDataset: boolean }): Promise<void> {
  const revisions = await tx.specRevision.findMany({ where: { apiId, status: "checked" }, orderBy: NEWEST_FIRST, select: { id: true, standards: true, score: true } });
  for (const revision of revisions) {
    const score = scoreOf(revision.standards, context);
    if (score !== revision.score) await tx.specRevision.update({ where: { id: revision.id }, data: { score } });
  }
  const latest = revisions[0];
  await tx.api.update({ where: { id: apiId }, data: { standardsScore: latest ? scoreOf(latest.standards, context) : null } });
}
