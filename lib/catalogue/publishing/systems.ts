import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, System, Tx } from "@/lib/db";
import { visibleSystemWhere } from "@/lib/catalogue/visibility";
import { reindexSystems } from "@/lib/reuse/indexer";
import { actorOf, assertUpdated, authoriseCreate, freeSlug, invalid, NotFoundError, writeOnce, type Result } from "./common";
import { fieldErrors } from "./fields";
import { systemFormSchema } from "./schemas";

export type SystemResult = Result<{ system: System }>;
type Options = { publish?: boolean };

/** What the audit keeps of a system: its own fields, without bookkeeping. */
function snapshot(system: System): Record<string, unknown> {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = system;
  return fields;
}

/** A system the viewer may see, or NotFoundError (hidden and missing look the same). */
async function visibleSystem(db: Db | Tx, viewer: Viewer, id: string): Promise<System> {
  const system = await db.system.findFirst({ where: { id, ...visibleSystemWhere(viewer) } });
  if (!system) throw new NotFoundError("system");
  return system;
}

/** Registers a system: a draft unless `publish`. */
export async function createSystem(db: Db, viewer: Viewer, input: unknown, options: Options = {}): Promise<SystemResult> {
  authoriseCreate(viewer, "system.create", input);
  const actor = actorOf(viewer);
  const parsed = systemFormSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const organisation = await db.organisation.findUnique({ where: { id: parsed.data.organisationId } });
  if (!organisation) return invalid({ organisationId: "Select an organisation" });

  return writeOnce(db, async (tx) => {
    const slug = await freeSlug((prefix) => tx.system.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }), parsed.data.name, organisation.acronym);
    const system = await tx.system.create({ data: { ...parsed.data, slug, status: options.publish ? "published" : "draft" } });
    await reindexSystems(tx, [system.id]);
    await recordAudit(tx, { actor, action: "create", entityType: "System", entityId: system.id, after: snapshot(system) });
    return { ok: true as const, system };
  });
}

/** Saves the edit form. The organisation never changes: its APIs must stay in the same one. */
export async function updateSystem(db: Db, viewer: Viewer, id: string, version: number, input: unknown, options: Options = {}): Promise<SystemResult> {
  const before = await visibleSystem(db, viewer, id);
  authorise(viewer, "system.update", { organisationId: before.organisationId });
  const parsed = systemFormSchema.safeParse({ ...(input as object), organisationId: before.organisationId });
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { organisationId: _same, ...fields } = parsed.data;
  const status = options.publish ? "published" : before.status;
  return change(db, viewer, before, version, "update", { ...fields, status });
}

/** Retiring keeps the system on the record, marked retired; its APIs are left as they are. */
export async function retireSystem(db: Db, viewer: Viewer, id: string, version: number): Promise<SystemResult> {
  const before = await visibleSystem(db, viewer, id);
  authorise(viewer, "system.retire", { organisationId: before.organisationId });
  return change(db, viewer, before, version, "retire", { lifecycle: "retired" });
}

/** Makes a draft visible to everyone. */
export async function publishSystem(db: Db, viewer: Viewer, id: string, version: number): Promise<SystemResult> {
  const before = await visibleSystem(db, viewer, id);
  authorise(viewer, "system.update", { organisationId: before.organisationId });
  if (before.status === "published") return { ok: true, system: before };
  return change(db, viewer, before, version, "update", { status: "published" });
}

async function change(db: Db, viewer: Viewer, before: System, version: number, action: "update" | "retire", data: Partial<System>): Promise<SystemResult> {
  const actor = actorOf(viewer);
  return writeOnce(db, async (tx) => {
    assertUpdated(await tx.system.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }));
    const system = await tx.system.findUniqueOrThrow({ where: { id: before.id } });
    await reindexSystems(tx, [system.id]);
    await recordAudit(tx, { actor, action, entityType: "System", entityId: system.id, before: snapshot(before), after: snapshot(system) });
    return { ok: true as const, system };
  });
}

export const ONLY_DRAFT_SYSTEMS = "You cannot delete a system that has been published. Retire it instead.";

/** Only a draft can be deleted; its draft APIs stay, no longer linked to it. */
export async function deleteDraftSystem(db: Db, viewer: Viewer, id: string, version: number): Promise<Result<{ system: System }>> {
  const before = await visibleSystem(db, viewer, id);
  authorise(viewer, "system.delete", { organisationId: before.organisationId });
  if (before.status !== "draft") return invalid({ confirm: ONLY_DRAFT_SYSTEMS });
  const actor = actorOf(viewer);
  return writeOnce(db, async (tx) => {
    // Unlink explicitly (not by the foreign key's SET NULL) so each API's change is on the record.
    const linked = await tx.api.findMany({ where: { systemId: id }, select: { id: true } });
    await tx.api.updateMany({ where: { systemId: id }, data: { systemId: null } });
    for (const api of linked) {
      await recordAudit(tx, { actor, action: "update", entityType: "Api", entityId: api.id, before: { systemId: id }, after: { systemId: null } });
    }
    assertUpdated(await tx.system.deleteMany({ where: { id, version, status: "draft" } }));
    await reindexSystems(tx, [id]);
    await recordAudit(tx, { actor, action: "delete", entityType: "System", entityId: id, before: snapshot(before), after: null });
    return { ok: true as const, system: before };
  });
}
