/**
 * Importing a catalog-info.yaml: the file is read and planned again (nothing from the preview is
 * trusted), then every create, update and declaration goes through the catalogue's own services
 * — the same validation and audit events as the forms — inside ONE transaction, so a refusal of
 * the last one undoes the first.
 */
import { authorise, organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { createApi, updateApi } from "@/lib/catalogue/publishing/apis";
import type { Invalid, Stale } from "@/lib/catalogue/publishing/common";
import { createSystem, updateSystem } from "@/lib/catalogue/publishing/systems";
import type { Db, Tx } from "@/lib/db";
import { declareConnection } from "../connections";
import { readCatalogInfo } from "./entities";
import type { Organisation } from "./mapping";
import { planImport, type ImportPlan } from "./plan";

/** The three things an import does; a publisher may import for an organisation only if they may do all three there. */
const PERMISSIONS = ["system.create", "api.create", "connection.declare"] as const;

/** The organisations this person may import for. */
export async function importOrganisations(db: Db, viewer: Viewer): Promise<Organisation[]> {
  const scopes = PERMISSIONS.map((p) => organisationsFor(viewer, p));
  if (scopes.some((s) => s !== "all" && s.length === 0)) return [];
  const ids = scopes.filter((s): s is string[] => s !== "all");
  const where = ids.length ? { id: { in: ids.reduce((a, b) => a.filter((id) => b.includes(id))) } } : {};
  return db.organisation.findMany({ where, select: { id: true, name: true, slug: true, acronym: true }, orderBy: { name: "asc" } });
}

async function organisationFor(db: Db, viewer: Viewer, organisationId: string): Promise<Organisation> {
  for (const permission of PERMISSIONS) authorise(viewer, permission, { organisationId });
  return db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, name: true, slug: true, acronym: true } });
}

/** What the file would do; writes nothing. Throws CatalogFileError for a file that cannot be read at all. */
export async function previewImport(db: Db, viewer: Viewer, organisationId: string, file: Uint8Array | string): Promise<ImportPlan> {
  const organisation = await organisationFor(db, viewer, organisationId);
  return planImport(db, viewer, organisation, readCatalogInfo(file));
}

export type ImportOutcome = { ok: true; plan: ImportPlan } | { ok: false; plan: ImportPlan; error: string };

/** A refusal from a service part-way through: it undoes the transaction and says which entity. */
class Refused extends Error {}

// The services each run their write in a transaction of their own; given this, they join the import's.
const joined = (tx: Tx): Db => new Proxy(tx, { get: (target, key) => (key === "$transaction" ? (work: (t: Tx) => unknown) => work(target) : Reflect.get(target, key)) }) as unknown as Db;

function check<T extends { ok: boolean }>(result: T | Invalid | Stale, what: string): T {
  if (!result.ok) throw new Refused(`${what}: ${"stale" in result && result.stale ? "it was changed by someone else while the import ran" : Object.values((result as Invalid).errors).join("; ")}`);
  return result as T;
}

/** Creates and updates everything the plan says, all or nothing. */
export async function runImport(db: Db, viewer: Viewer, organisationId: string, file: Uint8Array | string): Promise<ImportOutcome> {
  const plan = await previewImport(db, viewer, organisationId, file);
  try {
    await db.$transaction(
      async (tx) => {
        const inTx = joined(tx);
        const systemIds = new Map(plan.systems.flatMap((s) => (s.existing ? [[s.key, s.existing.id] as const] : [])));
        for (const s of plan.systems) {
          if (s.action === "create") systemIds.set(s.key, check(await createSystem(inTx, viewer, s.input, { publish: true }), `System ${s.name}`).system.id);
          if (s.action === "update") check(await updateSystem(inTx, viewer, s.existing!.id, s.existing!.version, s.input, { publish: true }), `System ${s.name}`);
        }
        const apiIds = new Map(plan.apis.flatMap((a) => (a.existing ? [[a.key, a.existing.id] as const] : [])));
        for (const a of plan.apis) {
          const input = { ...a.input, systemId: systemIds.get(a.systemKey)! };
          if (a.action === "create") apiIds.set(a.key, check(await createApi(inTx, viewer, input, { publish: true }), `API ${a.name}`).api.id);
          if (a.action === "update") check(await updateApi(inTx, viewer, a.existing!.id, a.existing!.version, input, { publish: true }), `API ${a.name}`);
        }
        for (const c of plan.connections) {
          if (c.action !== "declare") continue;
          const apiId = c.apiKey ? (apiIds.get(c.apiKey) ?? (await tx.api.findUniqueOrThrow({ where: { slug: c.apiKey.replace(/^catalogue:/, "") } })).id) : "";
          const input = { ...c.input, fromSystemId: systemIds.get(c.fromKey)!, toSystemId: systemIds.get(c.toKey)!, apiId };
          check(await declareConnection(inTx, viewer, input), `The connection from ${c.words}`);
        }
      },
      // A large file makes many writes; they are one unit, so the transaction may take its time.
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, plan, error: `Nothing was imported. ${error.message}` };
    throw error;
  }
  return { ok: true, plan };
}
