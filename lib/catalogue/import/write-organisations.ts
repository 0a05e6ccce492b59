import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { reindexApis } from "@/lib/catalogue/search/indexer";
import { changedValues, hasChanges } from "./changes";
import type { OrganisationInput } from "./organisation-row";
import type { Counts } from "./report";
import type { Kept } from "./rows";

export const ACTOR = "system:import";

/**
 * Creates or updates each organisation by slug. The type is only set on creation: the CSV has
 * no type column, so a type someone corrects in the catalogue must survive the next import.
 */
export async function writeOrganisations(tx: Tx, rows: Kept<OrganisationInput>[], counts: Counts): Promise<void> {
  const existing = await tx.organisation.findMany({ where: { slug: { in: rows.map((r) => r.value.slug) } } });
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const renamed: string[] = [];

  for (const { value } of rows) {
    const found = bySlug.get(value.slug);
    if (!found) {
      const created = await tx.organisation.create({ data: value });
      await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "Organisation", entityId: created.id, after: value });
      counts.imported++;
      continue;
    }
    const changes = changedValues(found, { name: value.name, acronym: value.acronym, website: value.website });
    if (!hasChanges(changes)) {
      counts.unchanged++;
      continue;
    }
    await tx.organisation.update({ where: { id: found.id }, data: changes.data });
    await recordAudit(tx, { actor: ACTOR, action: "update", entityType: "Organisation", entityId: found.id, ...changes });
    counts.updated++;
    if ("name" in changes.data || "acronym" in changes.data) renamed.push(found.id);
  }

  // The search index holds each API's organisation name and acronym, so renamed ones go stale.
  if (renamed.length) {
    const apis = await tx.api.findMany({ where: { organisationId: { in: renamed } }, select: { id: true } });
    await reindexApis(tx, apis.map((a) => a.id));
  }
}
