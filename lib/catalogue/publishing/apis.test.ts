import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { getApi } from "@/lib/catalogue/apis";
import { searchApis } from "@/lib/catalogue/search/service";
import { parseSearchParams } from "@/lib/catalogue/search/params";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { summarise } from "@/lib/standards";
import { lintWithGds, oas3 } from "@/lib/standards/testing";
import { createApi, deleteDraftApi, publishApi, retireApi, updateApi } from "./apis";
import { NotFoundError } from "./common";
import { createSystem } from "./systems";
import { apiInput, seedPublishing, systemInput } from "./testing";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
beforeAll(async () => {
  test = await createTestDatabase();
  people = await seedPublishing(test.db);
});
afterAll(() => test.drop());

const now = new Date("2025-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const eventsFor = (entityId: string) => test.db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
const search = (q: string, viewer = ANONYMOUS) => searchApis(test.db, viewer, parseSearchParams({ q }));

async function create(overrides: Record<string, string> = {}, publish = false) {
  const result = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, overrides), { publish, now });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.api;
}

describe("registering an API", () => {
  it("saves a draft with tags, dates and an audit event, and indexes it for search (drafts hidden)", async () => {
    const api = await create({ name: "Draft tax checker" });
    expect(api).toMatchObject({ slug: "draft-tax-checker", status: "draft", source: "publisher", dateAdded: now, dateUpdated: now, startDate: day("2024-04-01") });
    expect((await test.db.apiTag.findMany({ where: { apiId: api.id } })).map((t) => t.tag).sort()).toEqual(["tax", "vehicles"]);
    const [event] = await eventsFor(api.id);
    expect(event).toMatchObject({ actor: "dvla-publisher", action: "create", entityType: "Api" });
    expect(JSON.parse(event!.changes).tags).toEqual({ before: null, after: ["tax", "vehicles"] });
    expect((await search("checker")).total).toBe(0);
    expect((await search("checker", people.dvlaPublisher)).total).toBe(1);
    expect(await getApi(test.db, people.hmrcPublisher, api.slug)).toBeNull();
  });

  it("publishes straight away when asked, and search finds it", async () => {
    const api = await create({ name: "Published tax checker" }, true);
    expect(api.status).toBe("published");
    expect((await search("published checker")).hits.map((h) => h.slug)).toEqual([api.slug]);
  });

  it("records the deprecation date when registered as deprecated (today, if none is given)", async () => {
    expect(await create({ name: "Old API", lifecycle: "deprecated" })).toMatchObject({ deprecatedAt: day("2025-06-15"), sunsetAt: null });
    expect(await create({ name: "Older API", lifecycle: "retired", deprecatedAt: "2025-01-01" })).toMatchObject({ deprecatedAt: day("2025-01-01"), sunsetAt: day("2025-06-15") });
  });

  it("returns every problem and saves nothing", async () => {
    const before = await test.db.api.count();
    const result = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { url: "http://insecure.example.gov.uk", deprecatedAt: "2026-01-02", sunsetAt: "2026-01-01", name: "" }));
    expect(result).toEqual({
      ok: false,
      errors: { name: "Enter the name of the API", url: "Enter a web address that starts with https://, not http://", sunsetAt: "Sunset date must be the same as or after the deprecation date" },
    });
    // In the order the form asks, so the error summary reads top to bottom.
    expect(!result.ok && Object.keys(result.errors ?? {})).toEqual(["name", "url", "sunsetAt"]);
    expect(await test.db.api.count()).toBe(before);
  });

  it("links only to a system of the same organisation, and a published API only to a published system", async () => {
    const hmrcSystem = await createSystem(test.db, people.hmrcPublisher, systemInput(people.hmrc.id, { name: "Tax platform" }), { publish: true });
    const draftSystem = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name: "Draft platform" }));
    if (!hmrcSystem.ok || !draftSystem.ok) throw new Error();
    expect(await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { systemId: hmrcSystem.system.id }))).toEqual({ ok: false, errors: { systemId: "Select a system that belongs to the same organisation as the API" } });
    expect(await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { systemId: draftSystem.system.id }), { publish: true })).toEqual({
      ok: false,
      errors: { systemId: "Publish the system ‘Draft platform’ before you publish an API that belongs to it" },
    });
    const linked = await create({ name: "Platform API", systemId: draftSystem.system.id });
    expect(await publishApi(test.db, people.dvlaPublisher, linked.id, 1)).toEqual({ ok: false, errors: { publish: "Publish the system ‘Draft platform’ before you publish this API" } });
  });

  it("only for an organisation the person publishes for", async () => {
    await expect(createApi(test.db, people.hmrcPublisher, apiInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
    await expect(createApi(test.db, people.assessor, apiInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
    await expect(createApi(test.db, ANONYMOUS, apiInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
    await expect(createApi(test.db, people.newcomer, apiInput(""))).rejects.toThrow(ForbiddenError);
  });
});

describe("editing an API", () => {
  it("saves from the current version, sets dateUpdated, replaces the tags and records the diff", async () => {
    const api = await create({ name: "Editable API" }, true);
    const later = new Date("2025-07-01T09:00:00Z");
    const result = await updateApi(test.db, people.dvlaPublisher, api.id, 1, apiInput(people.hmrc.id, { name: "Edited API", tags: "MOT" }), { now: later });
    expect(result.ok && result.api).toMatchObject({ name: "Edited API", version: 2, dateUpdated: later, dateAdded: now, organisationId: people.dvla.id, slug: api.slug });
    const changes = JSON.parse((await eventsFor(api.id))[1]!.changes);
    expect(changes).toMatchObject({ name: { before: "Editable API", after: "Edited API" }, tags: { before: ["tax", "vehicles"], after: ["mot"] } });
    expect((await search("mot")).hits.map((h) => h.slug)).toEqual([api.slug]);
  });

  it("refuses a stale edit: nothing saved, nothing recorded", async () => {
    const api = await create({ name: "Contested API" }, true);
    expect((await updateApi(test.db, people.dvlaPublisher, api.id, 1, apiInput(people.dvla.id, { name: "Tab one" }))).ok).toBe(true);
    expect(await updateApi(test.db, people.dvlaPublisher, api.id, 1, apiInput(people.dvla.id, { name: "Tab two", tags: "lost" }))).toEqual({ ok: false, stale: true });
    const stored = await test.db.api.findUniqueOrThrow({ where: { id: api.id }, include: { tags: true } });
    expect(stored.name).toBe("Tab one");
    expect(stored.tags.map((t) => t.tag)).not.toContain("lost");
    expect((await eventsFor(api.id)).length).toBe(2);
  });

  it("moving to deprecated records the date", async () => {
    const api = await create({ name: "Ageing API" }, true);
    const result = await updateApi(test.db, people.dvlaPublisher, api.id, 1, apiInput(people.dvla.id, { name: "Ageing API", lifecycle: "deprecated" }), { now });
    expect(result.ok && result.api.deprecatedAt).toEqual(day("2025-06-15"));
  });

  it("is authorised against the stored organisation, and hidden APIs are not found", async () => {
    const api = await create({ name: "Guarded API" }, true);
    await expect(updateApi(test.db, people.hmrcPublisher, api.id, 1, apiInput(people.hmrc.id))).rejects.toThrow(ForbiddenError);
    await expect(updateApi(test.db, people.assessor, api.id, 1, apiInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
    await expect(retireApi(test.db, people.hmrcPublisher, api.id, 1)).rejects.toThrow(ForbiddenError);
    const internal = await create({ name: "Internal API", visibility: "internal" }, true);
    await expect(updateApi(test.db, people.hmrcPublisher, internal.id, 1, apiInput(people.hmrc.id))).rejects.toThrow(NotFoundError);
    await expect(updateApi(test.db, ANONYMOUS, internal.id, 1, apiInput(people.dvla.id))).rejects.toThrow(NotFoundError);
    const hidden = await create({ name: "Hidden draft" });
    await expect(deleteDraftApi(test.db, people.hmrcPublisher, hidden.id, 1)).rejects.toThrow(NotFoundError);
    await expect(publishApi(test.db, people.assessor, hidden.id, 1)).rejects.toThrow(NotFoundError);
    const adminEdit = await updateApi(test.db, people.admin, api.id, 1, apiInput(people.dvla.id, { name: "Guarded API" }));
    expect(adminEdit.ok).toBe(true);
  });
});

describe("saying whether an API serves a dataset", () => {
  it("scores its stored checks again from their rows, without linting, and records the change", async () => {
    const api = await create({ name: "Dataset API" }, true);
    // No CSV and no way to fetch changes: points 21 and 22 fail, and count only for a dataset.
    const { result } = await lintWithGds(oas3({}, { parameters: [], responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: {} } } }, "404": { description: "none" } } }));
    const [notDataset, dataset] = [false, true].map((servesDataset) => summarise(result, { servesDataset }).score);
    expect(dataset).toBeLessThan(notDataset!);
    const stored = await test.db.$transaction((tx) => addSpecRevision(tx, { apiId: api.id, source: "{}", contentHash: "dataset", arrivedVia: "upload", status: "checked", bundled: "{}", standards: JSON.stringify(result) }));
    expect(stored.score).toBe(notDataset);

    const saved = await updateApi(test.db, people.dvlaPublisher, api.id, api.version, apiInput(people.dvla.id, { name: "Dataset API", servesDataset: "yes" }));
    expect(saved.ok && saved.api).toMatchObject({ servesDataset: true, standardsScore: dataset });
    expect((await test.db.specRevision.findUniqueOrThrow({ where: { id: stored.id } })).score).toBe(dataset);
    const changes = JSON.parse((await eventsFor(api.id)).at(-1)!.changes);
    expect(changes).toMatchObject({ servesDataset: { before: false, after: true }, standardsScore: { before: notDataset, after: dataset } });
  });

  it("is a question the form must answer", async () => {
    const result = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { servesDataset: "" }));
    expect(result).toMatchObject({ ok: false, errors: { servesDataset: "Select whether the API serves a dataset" } });
  });
});

describe("publishing, retiring and deleting", () => {
  it("publishes a draft once", async () => {
    const api = await create({ name: "Soon public" });
    const result = await publishApi(test.db, people.dvlaPublisher, api.id, 1);
    expect(result.ok && result.api.status).toBe("published");
    expect(await getApi(test.db, ANONYMOUS, api.slug)).not.toBeNull();
    expect(await publishApi(test.db, people.dvlaPublisher, api.id, 2)).toMatchObject({ ok: true });
    expect((await eventsFor(api.id)).length).toBe(2);
  });

  it("retires an API, which stays findable, marked retired, with its sunset date", async () => {
    const api = await create({ name: "Fading API", deprecatedAt: "2025-01-01" }, true);
    const result = await retireApi(test.db, people.dvlaPublisher, api.id, 1, { sunsetAt: "2025-03-01" });
    expect(result.ok && result.api).toMatchObject({ lifecycle: "retired", sunsetAt: day("2025-03-01") });
    expect((await search("fading")).hits.map((h) => [h.slug, h.lifecycle])).toEqual([[api.slug, "retired"]]);
    expect((await eventsFor(api.id)).map((e) => e.action)).toEqual(["create", "retire"]);
  });

  it("checks the sunset date on retirement", async () => {
    const api = await create({ name: "Planned API", deprecatedAt: "2025-05-01" }, true);
    expect(await retireApi(test.db, people.dvlaPublisher, api.id, 1, { sunsetAt: "2025-04-01" })).toEqual({ ok: false, errors: { sunsetAt: "Sunset date must be the same as or after the deprecation date" } });
    expect(await retireApi(test.db, people.dvlaPublisher, api.id, 1, { sunsetAt: "1 April" })).toEqual({ ok: false, errors: { sunsetAt: "Enter the sunset date as a year, month and day, like 2025-03-31" } });
    const retired = await retireApi(test.db, people.dvlaPublisher, api.id, 1, {}, { now });
    expect(retired.ok && retired.api.sunsetAt).toEqual(day("2025-06-15"));
  });

  it("deletes only drafts", async () => {
    const draft = await create({ name: "Throwaway draft" });
    expect(await deleteDraftApi(test.db, people.dvlaPublisher, draft.id, 1)).toMatchObject({ ok: true });
    expect(await test.db.api.findUnique({ where: { id: draft.id } })).toBeNull();
    expect((await eventsFor(draft.id)).map((e) => e.action)).toEqual(["create", "delete"]);
    expect((await search("throwaway", people.dvlaPublisher)).total).toBe(0);

    const published = await create({ name: "Kept API" }, true);
    const refused = await deleteDraftApi(test.db, people.dvlaPublisher, published.id, 1);
    expect(refused).toEqual({ ok: false, errors: { confirm: expect.stringMatching(/^You cannot delete an API that has been published. Retire it instead/) } });
    expect(await test.db.api.findUnique({ where: { id: published.id } })).not.toBeNull();
    await expect(deleteDraftApi(test.db, people.hmrcPublisher, published.id, 1)).rejects.toThrow(ForbiddenError);
  });

  it("refuses a stale delete or publish", async () => {
    const api = await create({ name: "Busy draft" });
    await updateApi(test.db, people.dvlaPublisher, api.id, 1, apiInput(people.dvla.id, { name: "Busy draft" }));
    expect(await deleteDraftApi(test.db, people.dvlaPublisher, api.id, 1)).toEqual({ ok: false, stale: true });
    expect(await publishApi(test.db, people.dvlaPublisher, api.id, 1)).toEqual({ ok: false, stale: true });
    expect((await test.db.api.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("draft");
  });
});
