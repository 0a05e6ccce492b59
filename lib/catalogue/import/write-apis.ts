import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { reindexApis } from "@/lib/catalogue/search/indexer";
import { uniqueSlug } from "@/lib/catalogue/slug";
import { lifecycleFor, type ApiInput } from "./api-row";
import { changedValues, hasChanges } from "./changes";
import type { Counts } from "./report";
import type { Kept } from "./rows";
import { ACTOR } from "./write-organisations";

/** Lifecycles the import may move to "deprecated" once the end date passes. */
const ACTIVE = new Set(["alpha", "beta", "live"]);

/**
 * Creates or updates each API by importKey and reindexes the ones written. The CSV owns its
 * own columns; slug, visibility, authentication type and source are set on creation only, so
 * what publishers later record is not undone by the next import.
 */
export async function writeApis(tx: Tx, rows: Kept<ApiInput>[], counts: Counts, now: Date): Promise<string[]> {
  const organisations = await tx.organisation.findMany({ select: { id: true, slug: true, acronym: true } });
  const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));
  const existing = await tx.api.findMany({ where: { importKey: { in: rows.map((r) => r.value.importKey) } } });
  const byKey = new Map(existing.map((a) => [a.importKey, a]));
  const taken = new Set((await tx.api.findMany({ select: { slug: true } })).map((a) => a.slug));
  const written: string[] = [];

  for (const { value } of rows) {
    const organisation = orgBySlug.get(value.organisationSlug);
    // Rows are checked against organisation.csv before any write, so this means the organisation transaction failed.
    if (!organisation) throw new Error(`organisation "${value.organisationSlug}" is missing from the database`);
    const fields = { organisationId: organisation.id, ...storedColumns(value) };
    const importKey = value.importKey;
    const found = byKey.get(importKey);

    if (!found) {
      const slug = uniqueSlug(value.name, (s) => taken.has(s), organisation.acronym);
      taken.add(slug);
      const data = { ...fields, slug, importKey, lifecycle: lifecycleFor(value.endDate, now), visibility: "public", authType: "unknown", source: "api.gov.uk" };
      const created = await tx.api.create({ data });
      await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "Api", entityId: created.id, after: data });
      counts.imported++;
      written.push(created.id);
      continue;
    }

    const deprecate = ACTIVE.has(found.lifecycle) && lifecycleFor(value.endDate, now) === "deprecated";
    const changes = changedValues(found, deprecate ? { ...fields, lifecycle: "deprecated" } : fields);
    if (!hasChanges(changes)) {
      counts.unchanged++;
      continue;
    }
    await tx.api.update({ where: { id: found.id }, data: changes.data });
    await recordAudit(tx, { actor: ACTOR, action: "update", entityType: "Api", entityId: found.id, ...changes });
    counts.updated++;
    written.push(found.id);
  }

  await reindexApis(tx, written);
  return written;
}

/** The Api columns that come from the CSV row (the organisation slug and import key are not stored as such). */
function storedColumns(value: ApiInput) {
  const { name, description, url, documentationUrl, licence, maintainer, areaServed, startDate, endDate, dateAdded, dateUpdated } = value;
  return { name, description, url, documentationUrl, licence, maintainer, areaServed, startDate, endDate, dateAdded, dateUpdated };
}
