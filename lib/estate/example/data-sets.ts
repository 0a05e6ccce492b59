import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { holdingProblem, type HoldingKind } from "../data-sets/rules";
import type { ExampleDataSet } from "./estate";

/**
 * Adds the example core data sets (marked example) and their holdings, each audited, checked by
 * the same rules as a publisher's (lib/estate/data-sets/rules.ts). A data set already there (by
 * its slug) is left alone. Returns how many data sets were added, and what was skipped and why.
 */
export async function loadExampleDataSets(tx: Tx, actor: string, dataSets: ExampleDataSet[], systems: Map<string, { id: string }>): Promise<{ added: number; skipped: string[] }> {
  const result = { added: 0, skipped: [] as string[] };
  const organisations = new Map((await tx.organisation.findMany({ where: { slug: { in: dataSets.map((d) => d.organisation) } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
  for (const d of dataSets) {
    const organisationId = organisations.get(d.organisation);
    const source = systems.get(d.source);
    if (!organisationId || !source) {
      result.skipped.push(`${d.name}: its organisation or authoritative system is not loaded`);
      continue;
    }
    if (await tx.dataSet.findUnique({ where: { slug: d.slug }, select: { id: true } })) continue;
    const { source: _source, holders, organisation: _organisation, ...fields } = d;
    const dataSet = await tx.dataSet.create({ data: { ...fields, organisationId, example: true } });
    await recordAudit(tx, { actor, action: "create", entityType: "DataSet", entityId: dataSet.id, after: dataSet });
    const held = [{ systemId: source.id, systemName: d.source, kind: "source" }];
    const rows: { systemId: string; kind: HoldingKind; connectionId: string | null }[] = [{ systemId: source.id, kind: "source", connectionId: null }];
    for (const h of holders) {
      const system = systems.get(h.system);
      const via = h.via ? await viaConnection(tx, systems, h.via) : null;
      const problem = system ? holdingProblem(d.name, { systemId: system.id, kind: h.kind, connection: via }, held) : { message: "the system is not loaded" };
      if (!system || problem) {
        result.skipped.push(`${d.name} held by ${h.system}: ${problem?.message}`);
        continue;
      }
      held.push({ systemId: system.id, systemName: h.system, kind: h.kind });
      rows.push({ systemId: system.id, kind: h.kind, connectionId: via?.id ?? null });
    }
    for (const row of rows) {
      const holding = await tx.dataSetHolding.create({ data: { ...row, dataSetId: dataSet.id, sourceOf: row.kind === "source" ? dataSet.id : null, example: true } });
      await recordAudit(tx, { actor, action: "create", entityType: "DataSetHolding", entityId: holding.id, after: holding });
    }
    result.added++;
  }
  return result;
}

/** The example connection between two systems, by its ends. */
async function viaConnection(tx: Tx, systems: Map<string, { id: string }>, via: { from: string; to: string }) {
  const from = systems.get(via.from);
  const to = systems.get(via.to);
  if (!from || !to) return null;
  return tx.connection.findFirst({ where: { fromSystemId: from.id, toSystemId: to.id, example: true }, select: { id: true, fromSystemId: true, toSystemId: true, lifecycle: true } });
}
