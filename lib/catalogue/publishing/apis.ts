import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Api, Db, Tx } from "@/lib/db";
import { reindexApis } from "@/lib/catalogue/search/indexer";
import { rescoreRevisions, widenCurrentRevisions } from "@/lib/catalogue/spec-revisions";
import { visibleApiWhere, visibleSystemWhere } from "@/lib/catalogue/visibility";
import { actorOf, assertUpdated, authoriseCreate, freeSlug, invalid, NotFoundError, today, writeOnce, type Result } from "./common";
import { fieldErrors, inFormOrder, type FieldErrors } from "./fields";
import { lifecycleDates } from "./lifecycle";
import { API_FIELDS, apiFormSchema, retireFormSchema, SUNSET_BEFORE_DEPRECATION, type ApiForm } from "./schemas";

type ApiWithTags = Api & { tags: { tag: string }[] };
export type ApiResult = Result<{ api: Api }>;
type Options = { publish?: boolean; now?: Date };

/** What the audit keeps of an API: its fields and tags, without bookkeeping. */
function snapshot(api: ApiWithTags): Record<string, unknown> {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, tags, ...fields } = api;
  return { ...fields, tags: tags.map((t) => t.tag).sort() };
}

/** An API the viewer may see, or NotFoundError (hidden and missing look the same). */
async function visibleApi(db: Db | Tx, viewer: Viewer, id: string): Promise<ApiWithTags> {
  const api = await db.api.findFirst({ where: { id, ...visibleApiWhere(viewer) }, include: { tags: true } });
  if (!api) throw new NotFoundError("API");
  return api;
}

/**
 * The system must be one the viewer can see, of the same organisation; and a published API may
 * not point at a draft system (the link would show the draft to everyone).
 */
async function checkSystem(db: Db, viewer: Viewer, form: ApiForm, published: boolean): Promise<FieldErrors> {
  if (!form.systemId) return {};
  const system = await db.system.findFirst({ where: { id: form.systemId, ...visibleSystemWhere(viewer) } });
  if (!system || system.organisationId !== form.organisationId) return { systemId: "Select a system that belongs to the same organisation as the API" };
  if (published && system.status !== "published") return { systemId: `Publish the system ‘${system.name}’ before you publish an API that belongs to it` };
  return {};
}

/** Validates the form and works out the stored values, or says what is wrong. */
async function prepare(db: Db, viewer: Viewer, input: unknown, published: boolean, now: Date) {
  const parsed = apiFormSchema.safeParse(input);
  if (!parsed.success) return { errors: inFormOrder(fieldErrors(parsed.error), API_FIELDS) };
  const { tags, ...form } = parsed.data;
  const { dates, errors } = lifecycleDates(form.lifecycle, form, today(now));
  const all = { ...(await checkSystem(db, viewer, parsed.data, published)), ...errors };
  if (Object.keys(all).length) return { errors: inFormOrder(all, API_FIELDS) };
  return { data: { ...form, ...dates }, tags };
}

/** Registers an API: a draft unless `publish`. */
export async function createApi(db: Db, viewer: Viewer, input: unknown, options: Options = {}): Promise<ApiResult> {
  authoriseCreate(viewer, "api.create", input);
  const actor = actorOf(viewer);
  const now = options.now ?? new Date();
  const prepared = await prepare(db, viewer, input, Boolean(options.publish), now);
  if (!prepared.data) return invalid(prepared.errors);
  const { data, tags } = prepared;
  const organisation = await db.organisation.findUnique({ where: { id: data.organisationId } });
  if (!organisation) return invalid({ organisationId: "Select an organisation" });

  return writeOnce(db, async (tx) => {
    const slug = await freeSlug((prefix) => tx.api.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }), data.name, organisation.acronym);
    const api = await tx.api.create({
      data: { ...data, slug, source: "publisher", status: options.publish ? "published" : "draft", dateAdded: now, dateUpdated: now, tags: { create: tags.map((tag) => ({ tag })) } },
      include: { tags: true },
    });
    await recordAudit(tx, { actor, action: "create", entityType: "Api", entityId: api.id, after: snapshot(api) });
    await reindexApis(tx, [api.id]);
    return { ok: true as const, api };
  });
}

/** Saves the edit form. The organisation never changes; `dateUpdated` becomes now. */
export async function updateApi(db: Db, viewer: Viewer, id: string, version: number, input: unknown, options: Options = {}): Promise<ApiResult> {
  const before = await visibleApi(db, viewer, id);
  authorise(viewer, "api.update", { organisationId: before.organisationId });
  const now = options.now ?? new Date();
  const status = options.publish ? "published" : before.status;
  const prepared = await prepare(db, viewer, { ...(input as object), organisationId: before.organisationId }, status === "published", now);
  if (!prepared.data) return invalid(prepared.errors);
  const { organisationId: _same, ...data } = prepared.data;
  return change(db, viewer, before, version, "update", { ...data, status, dateUpdated: now }, prepared.tags);
}

/** Retire, not delete: the API stays findable, marked retired, with the date it was switched off. */
export async function retireApi(db: Db, viewer: Viewer, id: string, version: number, input: unknown = {}, options: Options = {}): Promise<ApiResult> {
  const before = await visibleApi(db, viewer, id);
  authorise(viewer, "api.retire", { organisationId: before.organisationId });
  const parsed = retireFormSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const now = options.now ?? new Date();
  const sunsetAt = parsed.data.sunsetAt ?? today(now);
  if (before.deprecatedAt && sunsetAt < before.deprecatedAt) return invalid({ sunsetAt: SUNSET_BEFORE_DEPRECATION });
  return change(db, viewer, before, version, "retire", { lifecycle: "retired", sunsetAt, dateUpdated: now });
}

/** Makes a draft visible to the people its visibility allows. */
export async function publishApi(db: Db, viewer: Viewer, id: string, version: number, options: Options = {}): Promise<ApiResult> {
  const before = await visibleApi(db, viewer, id);
  authorise(viewer, "api.update", { organisationId: before.organisationId });
  if (before.status === "published") return { ok: true, api: before };
  const system = before.systemId ? await db.system.findUnique({ where: { id: before.systemId } }) : null;
  if (system && system.status !== "published") return invalid({ publish: `Publish the system ‘${system.name}’ before you publish this API` });
  return change(db, viewer, before, version, "update", { status: "published", dateUpdated: options.now ?? new Date() });
}

async function change(db: Db, viewer: Viewer, before: ApiWithTags, version: number, action: "update" | "retire", data: Partial<Api>, tags?: string[]): Promise<ApiResult> {
  const actor = actorOf(viewer);
  return writeOnce(db, async (tx) => {
    assertUpdated(await tx.api.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }));
    // Whether it serves a dataset decides if points 21 and 22 count: its checks are scored again.
    if (data.servesDataset !== undefined && data.servesDataset !== before.servesDataset) await rescoreRevisions(tx, before.id, { servesDataset: data.servesDataset });
    if (tags) {
      await tx.apiTag.deleteMany({ where: { apiId: before.id } });
      if (tags.length) await tx.apiTag.createMany({ data: tags.map((tag) => ({ apiId: before.id, tag })) });
    }
    const api = await tx.api.findUniqueOrThrow({ where: { id: before.id }, include: { tags: true } });
    await widenCurrentRevisions(tx, api.id);
    await recordAudit(tx, { actor, action, entityType: "Api", entityId: api.id, before: snapshot(before), after: snapshot(api) });
    await reindexApis(tx, [api.id]);
    return { ok: true as const, api };
  });
}

export const ONLY_DRAFT_APIS = "You cannot delete an API that has been published. Retire it instead, so people who use it can still find out what happened to it.";

/** Only a draft can be deleted: a published API may have users, so it is retired instead. */
export async function deleteDraftApi(db: Db, viewer: Viewer, id: string, version: number): Promise<ApiResult> {
  const before = await visibleApi(db, viewer, id);
  authorise(viewer, "api.delete", { organisationId: before.organisationId });
  if (before.status !== "draft") return invalid({ confirm: ONLY_DRAFT_APIS });
  const actor = actorOf(viewer);
  return writeOnce(db, async (tx) => {
    assertUpdated(await tx.api.deleteMany({ where: { id, version, status: "draft" } }));
    await recordAudit(tx, { actor, action: "delete", entityType: "Api", entityId: id, before: snapshot(before), after: null });
    await reindexApis(tx, [id]);
    return { ok: true as const, api: before };
  });
}
