import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { EXAMPLE_ESTATE, type ExampleConnection, type ExampleEstate, type ExampleSystem } from "./estate";
import { connectionIdentity } from "../connections";
import { reindexSystems } from "@/lib/reuse/indexer";
import { loadExampleDataSets } from "./data-sets";

const ACTOR = "system:example-estate";

/** A first load writes about 130 records and their audit events: more than the default 5 s on a slow disk. */
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export type ExampleLoad = {
  /** what this run added: systems, connections, and real APIs linked to the system that provides them */
  systems: number;
  connections: number;
  apisLinked: number;
  /** core data sets added, with their holdings */
  dataSets: number;
  /** what could not be loaded into this catalogue, and why */
  skipped: string[];
};

/** Demo mode is sign-in through the local demo provider: no OIDC_ISSUER. Production always sets one. */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return !env.OIDC_ISSUER;
}

/** The example estate for the demo: loaded in demo mode, never in production (null: nothing done). */
export async function loadExampleEstateForDemo(db: Db, env: Record<string, string | undefined> = process.env): Promise<ExampleLoad | null> {
  return isDemoMode(env) ? loadExampleEstate(db) : null;
}

/**
 * Adds the example estate's systems and connections (marked example) and links its systems to
 * the real APIs they provide, in one transaction with an audit event per change. Idempotent:
 * systems are found by their slug and connections by their identity, so running it again adds
 * nothing. A system whose slug a real system already uses is left alone, with its connections.
 */
export async function loadExampleEstate(db: Db, estate: ExampleEstate = EXAMPLE_ESTATE): Promise<ExampleLoad> {
  return db.$transaction((tx) => write(tx, estate), TRANSACTION);
}

async function write(tx: Tx, estate: ExampleEstate): Promise<ExampleLoad> {
  const result: ExampleLoad = { systems: 0, connections: 0, apisLinked: 0, dataSets: 0, skipped: [] };
  const organisations = new Map(
    (await tx.organisation.findMany({ where: { slug: { in: estate.systems.map((s) => s.organisation) } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
  );
  const existing = new Map(
    (await tx.system.findMany({ where: { slug: { in: estate.systems.map((s) => s.slug) } }, select: { id: true, slug: true, organisationId: true, example: true, licence: true } })).map((s) => [s.slug, s]),
  );
  const apiSlugs = [...estate.systems.flatMap((s) => s.apis), ...estate.connections.flatMap((c) => (c.api ? [c.api] : []))];
  const apis = new Map((await tx.api.findMany({ where: { slug: { in: apiSlugs } }, select: { id: true, slug: true, organisationId: true, systemId: true } })).map((a) => [a.slug, a]));

  const systems = new Map<string, { id: string; organisationId: string }>();
  for (const s of estate.systems) {
    const organisationId = organisations.get(s.organisation);
    const found = existing.get(s.slug);
    if (!organisationId) {
      result.skipped.push(`${s.name}: no organisation "${s.organisation}" in this catalogue`);
      continue;
    }
    if (found && !found.example) {
      result.skipped.push(`${s.name}: a real system already uses the web address "${s.slug}"`);
      continue;
    }
    let system = found;
    if (!system) {
      const data = { slug: s.slug, organisationId, name: s.name, description: s.description, lifecycle: s.lifecycle, hosting: s.hosting, ownerTeam: s.ownerTeam, status: "published", example: true, ...reuseOf(s) };
      system = await tx.system.create({ data, select: { id: true, slug: true, organisationId: true, example: true, licence: true } });
      await reindexSystems(tx, [system.id]);
      await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "System", entityId: system.id, after: data });
      result.systems++;
    } else if (s.reuse && !system.licence) {
      // Loaded before systems recorded what others may reuse: add it once (the licence says it is there).
      const after = reuseOf(s);
      await tx.system.update({ where: { id: system.id }, data: after });
      await reindexSystems(tx, [system.id]);
      await recordAudit(tx, { actor: ACTOR, action: "update", entityType: "System", entityId: system.id, before: { licence: null }, after });
    }
    systems.set(s.slug, system);
    for (const slug of s.apis) {
      const api = apis.get(slug);
      if (!api || api.organisationId !== organisationId) result.skipped.push(`${s.name}: no API "${slug}" of ${s.organisation} in this catalogue`);
      else if (!api.systemId) {
        await tx.api.update({ where: { id: api.id }, data: { systemId: system.id } });
        await recordAudit(tx, { actor: ACTOR, action: "update", entityType: "Api", entityId: api.id, before: { systemId: null }, after: { systemId: system.id } });
        api.systemId = system.id;
        result.apisLinked++;
      }
    }
  }

  for (const c of estate.connections) {
    const data = connectionData(c, systems, apis);
    if (typeof data === "string") {
      result.skipped.push(`The connection from ${c.from} to ${c.to}: ${data}`);
      continue;
    }
    if (await tx.connection.findUnique({ where: { identity: data.identity }, select: { id: true } })) continue;
    const created = await tx.connection.create({ data, select: { id: true } });
    await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "Connection", entityId: created.id, after: data });
    result.connections++;
  }
  const dataSets = await loadExampleDataSets(tx, ACTOR, estate.dataSets, systems);
  result.dataSets = dataSets.added;
  result.skipped.push(...dataSets.skipped);
  return result;
}

/** An example system's reuse fields as stored. */
function reuseOf(s: ExampleSystem) {
  const { capabilities = [], ...fields } = s.reuse ?? {};
  return { ...fields, capabilities: capabilities.join("\n") };
}

/** The row for an example connection, or why it cannot be loaded here. */
function connectionData(c: ExampleConnection, systems: Map<string, { id: string }>, apis: Map<string, { id: string; systemId: string | null }>) {
  const from = systems.get(c.from);
  const to = systems.get(c.to);
  if (!from || !to) return "one of its systems is not loaded";
  const api = c.api ? apis.get(c.api) : undefined;
  if (c.api && api?.systemId !== to.id) return `the API "${c.api}" is not one of the receiving system's`;
  const { from: _from, to: _to, api: _api, personalDataLogged, disputeReason, ...fields } = c;
  const ends = { fromSystemId: from.id, toSystemId: to.id, direction: c.direction, apiId: api?.id ?? null };
  return { ...fields, ...ends, personalDataLogged: personalDataLogged ?? null, disputeReason: disputeReason ?? null, identity: connectionIdentity(ends), example: true };
}
