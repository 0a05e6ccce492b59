import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { DataSet, DataSetHolding, Db, Tx } from "@/lib/db";
import { actorOf, assertUpdated, authoriseCreate, freeSlug, invalid, NotFoundError, writeOnce, type Result } from "@/lib/catalogue/publishing/common";
import { fieldErrors } from "@/lib/catalogue/publishing/fields";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";
import { visibleConnectionWhere } from "../visibility";
import { dataSetFormSchema, holdingFormSchema } from "./form";
import { holdingProblem } from "./rules";

/** A published system, not retired, that the viewer may see: only those hold data sets, as everyone may see who holds what. */
async function holdingSystem(db: Db | Tx, viewer: Viewer, id: string) {
  return db.system.findFirst({ where: { id, status: "published", lifecycle: { not: "retired" }, ...visibleSystemWhere(viewer) } });
}

/** The data set's source holding: the unique `sourceOf` means a second one cannot be stored, even by two people at once. */
async function hold(tx: Tx, actor: string, data: Omit<DataSetHolding, "id" | "createdAt" | "sourceOf" | "example"> & { example?: boolean }) {
  const holding = await tx.dataSetHolding.create({ data: { ...data, sourceOf: data.kind === "source" ? data.dataSetId : null } });
  await recordAudit(tx, { actor, action: "create", entityType: "DataSetHolding", entityId: holding.id, after: holding });
  return holding;
}

/** Adds a core data set of the organisation, with one of its systems as the authoritative source, in one transaction. */
export async function createDataSet(db: Db, viewer: Viewer, input: unknown): Promise<Result<{ dataSet: DataSet }>> {
  authoriseCreate(viewer, "dataset.create", input);
  const actor = actorOf(viewer);
  const parsed = dataSetFormSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { sourceSystemId, ...fields } = parsed.data;
  const organisation = await db.organisation.findUnique({ where: { id: fields.organisationId } });
  if (!organisation) return invalid({ organisationId: "Select an organisation" });
  const source = await holdingSystem(db, viewer, sourceSystemId);
  if (!source || source.organisationId !== organisation.id) return invalid({ sourceSystemId: `Select one of ${organisation.name}’s published systems as the authoritative source` });

  return writeOnce(db, async (tx) => {
    const slug = await freeSlug((prefix) => tx.dataSet.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }), fields.name, organisation.acronym);
    const dataSet = await tx.dataSet.create({ data: { ...fields, slug } });
    await recordAudit(tx, { actor, action: "create", entityType: "DataSet", entityId: dataSet.id, after: dataSet });
    await hold(tx, actor, { dataSetId: dataSet.id, systemId: source.id, kind: "source", connectionId: null });
    return { ok: true as const, dataSet };
  });
}

/**
 * A system declares that it holds a core data set: as its authoritative source, as a copy kept
 * in step through a named connection with the source, or as a replica not kept in step. Refused
 * with a message (and nothing saved) when lib/estate/data-sets/rules.ts says no.
 */
export async function declareHolding(db: Db, viewer: Viewer, input: unknown): Promise<Result<{ holding: DataSetHolding; dataSet: DataSet }>> {
  const systemId = (input as { systemId?: unknown } | null)?.systemId;
  const system = typeof systemId === "string" ? await holdingSystem(db, viewer, systemId.trim()) : null;
  if (!system) throw new NotFoundError("system");
  authorise(viewer, "dataset.hold", { organisationId: system.organisationId });
  const actor = actorOf(viewer);
  const parsed = holdingFormSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { dataSetId, kind } = parsed.data;
  const connectionId = kind === "in-step" ? parsed.data.connectionId : null;

  return writeOnce(db, async (tx) => {
    const dataSet = await tx.dataSet.findUnique({ where: { id: dataSetId }, include: { holdings: { include: { system: { select: { name: true } } } } } });
    if (!dataSet) return invalid({ dataSetId: "Select a data set" });
    const connection = connectionId ? await tx.connection.findFirst({ where: { id: connectionId, ...visibleConnectionWhere(viewer) } }) : null;
    if (connectionId && !connection) return invalid({ connectionId: "Select a connection from the list" });
    const holdings = dataSet.holdings.map((h) => ({ systemId: h.systemId, systemName: h.system.name, kind: h.kind }));
    const problem = holdingProblem(dataSet.name, { systemId: system.id, kind, connection }, holdings);
    if (problem) return invalid({ [problem.field]: problem.message });
    const holding = await hold(tx, actor, { dataSetId, systemId: system.id, kind, connectionId });
    return { ok: true as const, holding, dataSet };
  });
}

export const SOURCE_STAYS = "The authoritative source cannot stop holding its data set: every core data set has one";

/** A system stops holding a data set (a copy or replica it no longer keeps, or declared in error); the source stays. */
export async function releaseHolding(db: Db, viewer: Viewer, id: string): Promise<Result<{ dataSet: DataSet }>> {
  const holding = await db.dataSetHolding.findFirst({ where: { id, system: visibleSystemWhere(viewer) }, include: { system: { select: { organisationId: true } }, dataSet: true } });
  if (!holding) throw new NotFoundError("holding");
  authorise(viewer, "dataset.hold", { organisationId: holding.system.organisationId });
  const actor = actorOf(viewer);
  if (holding.kind === "source") return invalid({ confirm: SOURCE_STAYS });
  const { system: _system, dataSet, ...before } = holding;
  return writeOnce(db, async (tx) => {
    assertUpdated(await tx.dataSetHolding.deleteMany({ where: { id, kind: holding.kind } }));
    await recordAudit(tx, { actor, action: "delete", entityType: "DataSetHolding", entityId: id, before, after: null });
    return { ok: true as const, dataSet };
  });
}
