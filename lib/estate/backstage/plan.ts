/**
 * What importing a catalog-info.yaml would do for one organisation, worked out without writing:
 * the systems and APIs to create or update, the connections to declare, and every entity or
 * reference that could not be mapped, with its document and line.
 *
 * The mapping: a System becomes one of our systems. A Component or Resource with spec.system
 * merges into that system (its APIs and dependencies become the system's); without one it is a
 * system itself. An API becomes our Api, belonging to the system that provides it (spec.system,
 * else the entity listing it in providesApis). consumesApis is a connection from the consuming
 * system to the providing one through that API; dependsOn a connection to the system the
 * component or resource is part of. A Group is not imported. References resolve to entities in
 * the file, then to the organisation's own catalogue; anything else is reported.
 */
import type { Viewer } from "@/lib/auth/viewer";
import { signedInUser } from "@/lib/auth/viewer";
import { fieldErrors } from "@/lib/catalogue/publishing/fields";
import { apiValues, systemValues } from "@/lib/catalogue/publishing/form";
import { apiFormSchema, systemFormSchema } from "@/lib/catalogue/publishing/schemas";
import { slugify } from "@/lib/catalogue/slug";
import type { Api, Db, System } from "@/lib/db";
import { connectionIdentity } from "../connections";
import { parseRef, refList, type Entity, type Place } from "./entities";
import { isOrganisationGroup, LIFECYCLE_OF, ownedBy, SUPPORTED_KINDS, technologyOfApi, technologyOfDependency, type Organisation } from "./mapping";

export type Report = { place: Place; message: string };
type Action = "create" | "update" | "unchanged";
export type SystemPlan = { key: string; name: string; action: Action; existing?: System; input: Record<string, string>; place: Place };
export type ApiPlan = { key: string; name: string; action: Action; existing?: Api & { tags: { tag: string }[] }; systemKey: string; input: Record<string, string>; place: Place };
export type ConnectionPlan = { fromKey: string; toKey: string; apiKey: string | null; action: "declare" | "unchanged"; input: Record<string, string>; words: string; place: Place };
export type ImportPlan = { organisation: Organisation; systems: SystemPlan[]; apis: ApiPlan[]; connections: ConnectionPlan[]; problems: Report[]; notes: Report[] };

const kindOf = (e: Entity) => e.kind.toLowerCase();
const sameName = (stored: { slug: string; name: string }, e: Entity) => stored.slug === e.name || slugify(stored.name) === slugify(e.title);
const messages = (errors: Record<string, string>) => Object.values(errors).join("; ");

/** The plan for this organisation's import of these entities, checked against what the catalogue holds now. */
export async function planImport(db: Db, viewer: Viewer, organisation: Organisation, entities: Entity[]): Promise<ImportPlan> {
  const [storedSystems, storedApis] = await Promise.all([
    db.system.findMany({ where: { organisationId: organisation.id } }),
    db.api.findMany({ where: { organisationId: organisation.id }, include: { tags: true } }),
  ]);
  const problems: Report[] = [];
  const notes: Report[] = [];
  const problem = (place: Place, message: string) => void problems.push({ place, message });

  // Which entities are ours to map: a supported kind, owned by the organisation.
  const mapped: Entity[] = [];
  for (const e of entities) {
    const kind = kindOf(e);
    if (!(SUPPORTED_KINDS as readonly string[]).includes(kind)) problem(e.place, `kind ${e.kind} is not supported: only System, Component, API, Resource and Group are imported`);
    else if (kind === "group") notes.push({ place: e.place, message: isOrganisationGroup(e, organisation) ? `Group ${e.name} is ${organisation.name}: it is taken as the owner of what it owns` : `Group ${e.name} is not imported: teams are not recorded` });
    else if (!e.spec.owner) problem(e.placeOf("/spec"), `${e.kind} ${e.name} has no spec.owner`);
    else if (!ownedBy(e.spec.owner, organisation, entities)) problem(e.placeOf("/spec/owner"), `${e.kind} ${e.name} is owned by ${String(e.spec.owner)}, not ${organisation.name}: you can only import your own organisation's entities`);
    else mapped.push(e);
  }
  const inFile = (kinds: string[], name: string) => mapped.find((e) => kinds.includes(kindOf(e)) && e.name === name);

  // Systems: System entities, then components and resources that are systems of their own.
  const systems = new Map<string, SystemPlan>();
  const systemOf = new Map<string, string>(); // entity name → system key
  const owner = signedInUser(viewer);
  const addSystem = (e: Entity) => {
    const existing = storedSystems.find((s) => sameName(s, e));
    const lifecycle = e.spec.lifecycle === undefined ? existing?.lifecycle ?? "live" : LIFECYCLE_OF[String(e.spec.lifecycle).toLowerCase()];
    if (!lifecycle) return problem(e.placeOf("/spec/lifecycle"), `${e.kind} ${e.name} has lifecycle ${String(e.spec.lifecycle)}: use experimental, production or deprecated`);
    if (existing?.lifecycle === "retired") return problem(e.place, `${existing.name} is retired in the catalogue, so the import does not change it`);
    const base = existing ? systemValues(existing) : { organisationId: organisation.id, hosting: "cloud", ownerTeam: organisation.name, ownerEmail: owner?.email ?? "" };
    const input = { ...base, name: e.title, description: e.description, lifecycle };
    const parsed = systemFormSchema.safeParse(input);
    if (!parsed.success) return problem(e.place, `${e.kind} ${e.name} cannot be a system: ${messages(fieldErrors(parsed.error))}`);
    const changed = !existing || existing.name !== parsed.data.name || existing.description !== parsed.data.description || existing.lifecycle !== parsed.data.lifecycle;
    systems.set(e.name, { key: e.name, name: e.title, action: existing ? (changed ? "update" : "unchanged") : "create", existing, input, place: e.place });
    systemOf.set(e.name, e.name);
  };
  for (const e of mapped) if (kindOf(e) === "system") addSystem(e);
  // A catalogued system named in the file but not defined in it.
  const catalogued = (name: string) => {
    const stored = storedSystems.find((s) => s.slug === name || s.id === name || slugify(s.name) === name);
    if (!stored || stored.lifecycle === "retired") return undefined;
    const matched = [...systems.values()].find((s) => s.existing?.id === stored.id);
    if (matched) return matched.key;
    const key = `catalogue:${stored.slug}`;
    if (!systems.has(key)) systems.set(key, { key, name: stored.name, action: "unchanged", existing: stored, input: systemValues(stored), place: { document: 0, line: 0 } });
    return key;
  };
  for (const e of mapped) {
    if (!["component", "resource"].includes(kindOf(e))) continue;
    if (!e.spec.system) {
      addSystem(e);
      continue;
    }
    const ref = parseRef(e.spec.system);
    const key = ref && (!ref.kind || ref.kind === "system") ? (systemOf.get(ref.name) ?? catalogued(ref.name)) : undefined;
    if (key) systemOf.set(e.name, key);
    else problem(e.placeOf("/spec/system"), `${e.kind} ${e.name} is part of system ${String(e.spec.system)}, which is neither in the file nor in ${organisation.name}'s catalogue`);
  }

  // APIs, each owned by the system providing it.
  const apis = new Map<string, ApiPlan>();
  const providers = (api: Entity) => mapped.find((e) => systemOf.has(e.name) && refList(e.spec, "providesApis").some((r) => parseRef(r)?.name === api.name));
  for (const e of mapped) {
    if (kindOf(e) !== "api") continue;
    const ref = e.spec.system ? parseRef(e.spec.system) : null;
    const systemKey = ref ? (systemOf.get(ref.name) ?? catalogued(ref.name)) : systemOf.get(providers(e)?.name ?? "");
    if (!systemKey) {
      problem(e.spec.system ? e.placeOf("/spec/system") : e.place, `API ${e.name} has no system providing it in the file or in ${organisation.name}'s catalogue`);
      continue;
    }
    const lifecycle = LIFECYCLE_OF[String(e.spec.lifecycle ?? "").toLowerCase()];
    if (!lifecycle) {
      problem(e.placeOf("/spec/lifecycle"), `API ${e.name} has lifecycle ${String(e.spec.lifecycle ?? "(none)")}: use experimental, production or deprecated`);
      continue;
    }
    const existing = storedApis.find((a) => sameName(a, e));
    if (existing?.lifecycle === "retired") {
      problem(e.place, `${existing.name} is retired in the catalogue, so the import does not change it`);
      continue;
    }
    const base = existing ? apiValues(existing) : { organisationId: organisation.id, visibility: "government", authType: "unknown", servesDataset: "no", tags: e.tags.join(", ") };
    const input = { ...base, systemId: "", name: e.title, description: e.description, lifecycle };
    const parsed = apiFormSchema.safeParse(input);
    if (!parsed.success) {
      problem(e.place, `API ${e.name} cannot be imported: ${messages(fieldErrors(parsed.error))}`);
      continue;
    }
    const storedSystemId = systems.get(systemKey)?.existing?.id;
    const changed = !existing || existing.name !== input.name || existing.description !== parsed.data.description || existing.lifecycle !== lifecycle || existing.systemId !== (storedSystemId ?? null);
    apis.set(e.name, { key: e.name, name: e.title, action: existing ? (changed ? "update" : "unchanged") : "create", existing, systemKey, input, place: e.place });
  }
  for (const e of mapped) {
    refList(e.spec, "providesApis").forEach((r, i) => {
      const name = parseRef(r)?.name;
      if (!name || (!apis.has(name) && !inFile(["api"], name) && !storedApis.some((a) => a.slug === name))) problem(e.placeOf(`/spec/providesApis/${i}`), `${e.kind} ${e.name} provides API ${String(r)}, which is neither in the file nor in ${organisation.name}'s catalogue`);
    });
  }

  const connections = await planConnections(db, { mapped, systems, systemOf, apis, storedApis, organisation, problem, notes, catalogued });
  return { organisation, systems: [...systems.values()], apis: [...apis.values()], connections, problems: problems.sort(byPlace), notes: notes.sort(byPlace) };
}

const byPlace = (a: Report, b: Report) => a.place.document - b.place.document || a.place.line - b.place.line;

type Context = {
  mapped: Entity[];
  systems: Map<string, SystemPlan>;
  systemOf: Map<string, string>;
  apis: Map<string, ApiPlan>;
  storedApis: (Api & { tags: { tag: string }[] })[];
  organisation: Organisation;
  problem: (place: Place, message: string) => void;
  notes: Report[];
  catalogued: (name: string) => string | undefined;
};

/** consumesApis and dependsOn as connections, each once; one already recorded is left as it is. */
async function planConnections(db: Db, c: Context): Promise<ConnectionPlan[]> {
  const planned = new Map<string, ConnectionPlan>();
  const add = async (e: Entity, place: Place, toKey: string, apiKey: string | null, fields: { technology: string; openStandard: boolean; description: string }) => {
    const fromKey = c.systemOf.get(e.name)!;
    const [from, to] = [c.systems.get(fromKey)!, c.systems.get(toKey)!];
    if (fromKey === toKey) return void c.notes.push({ place, message: `${e.name} and what it uses are both part of ${from.name}: no connection is recorded within one system` });
    const key = [fromKey, toKey, apiKey ?? ""].join("|");
    if (planned.has(key)) return;
    const apiId = apiKey ? (c.apis.get(apiKey)?.existing?.id ?? c.storedApis.find((a) => `catalogue:${a.slug}` === apiKey)?.id ?? null) : null;
    const known = from.existing && to.existing && (!apiKey || apiId);
    const identity = known ? connectionIdentity({ fromSystemId: from.existing!.id, toSystemId: to.existing!.id, direction: "one-way", apiId }) : null;
    const recorded = identity ? await db.connection.findFirst({ where: { identity }, select: { id: true } }) : null;
    const input = { direction: "one-way", description: fields.description, technology: fields.technology, openStandard: fields.openStandard ? "yes" : "no", personalData: "no", personalDataLogged: "", frequency: "real-time", lifecycle: "live", visibility: "government" };
    planned.set(key, { fromKey, toKey, apiKey, action: recorded ? "unchanged" : "declare", input, words: `${from.name} to ${to.name}`, place });
  };
  for (const e of c.mapped) {
    if (!c.systemOf.has(e.name)) continue;
    const from = c.systems.get(c.systemOf.get(e.name)!)!;
    for (const [i, r] of refList(e.spec, "consumesApis").entries()) {
      const place = e.placeOf(`/spec/consumesApis/${i}`);
      const ref = parseRef(r);
      const planned = ref && (!ref.kind || ref.kind === "api") ? c.apis.get(ref.name) : undefined;
      const stored = ref && !planned ? c.storedApis.find((a) => a.slug === ref.name && a.lifecycle !== "retired") : undefined;
      const toKey = planned?.systemKey ?? (stored?.systemId ? c.catalogued(stored.systemId) : undefined);
      if (!toKey) {
        c.problem(place, `${e.kind} ${e.name} uses API ${String(r)}, which is neither in the file nor a catalogued API of a ${c.organisation.name} system`);
        continue;
      }
      const entity = c.mapped.find((a) => kindOf(a) === "api" && a.name === ref!.name);
      const api = planned?.name ?? stored!.name;
      await add(e, place, toKey, planned ? planned.key : `catalogue:${stored!.slug}`, { ...technologyOfApi(entity?.spec.type ?? "openapi"), description: `${from.name} uses the ${api} API` });
    }
    for (const [i, r] of refList(e.spec, "dependsOn").entries()) {
      const place = e.placeOf(`/spec/dependsOn/${i}`);
      const ref = parseRef(r);
      if (!ref || !["component", "resource"].includes(ref.kind ?? "")) {
        c.problem(place, `${e.kind} ${e.name} depends on ${String(r)}: only component: and resource: dependencies are imported`);
        continue;
      }
      const target = c.mapped.find((t) => kindOf(t) === ref.kind && t.name === ref.name);
      const toKey = target ? c.systemOf.get(target.name) : c.catalogued(ref.name);
      if (!toKey) {
        c.problem(place, `${e.kind} ${e.name} depends on ${String(r)}, which is neither in the file nor in ${c.organisation.name}'s catalogue`);
        continue;
      }
      await add(e, place, toKey, null, { technology: technologyOfDependency(target), openStandard: false, description: `${from.name} depends on ${c.systems.get(toKey)!.name}` });
    }
  }
  return [...planned.values()];
}
