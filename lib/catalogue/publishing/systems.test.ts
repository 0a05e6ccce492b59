import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { getSystem } from "@/lib/catalogue/systems";
import { NotFoundError } from "./common";
import { publishingHome } from "./queries";
import { createSystem, deleteDraftSystem, publishSystem, retireSystem, updateSystem } from "./systems";
import { createApi } from "./apis";
import { apiInput, seedPublishing, systemInput } from "./testing";

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
beforeAll(async () => {
  test = await createTestDatabase();
  people = await seedPublishing(test.db);
});
afterAll(() => test.drop());

const eventsFor = (entityId: string) => test.db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });

async function draft(name = "Vehicle register") {
  const result = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name }));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.system;
}

describe("registering a system", () => {
  it("saves a draft with a slug from its name, and records who did it", async () => {
    const system = await draft("Driver register");
    expect(system).toMatchObject({ slug: "driver-register", status: "draft", version: 1, organisationId: people.dvla.id });
    const [event] = await eventsFor(system.id);
    expect(event).toMatchObject({ actor: "dvla-publisher", action: "create", entityType: "System" });
    expect(JSON.parse(event!.changes).name).toEqual({ before: null, after: "Driver register" });
  });

  it("publishes straight away when asked, and makes slugs unique with the organisation's acronym", async () => {
    const a = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name: "Shared name" }), { publish: true });
    const b = await createSystem(test.db, people.admin, systemInput(people.hmrc.id, { name: "Shared name" }));
    expect(a.ok && a.system.status).toBe("published");
    expect(b.ok && b.system.slug).toBe("shared-name-hmrc");
  });

  it("returns the problems and saves nothing when the form is wrong", async () => {
    const before = await test.db.system.count();
    const result = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name: "", ownerEmail: "not an email" }));
    expect(result).toEqual({ ok: false, errors: { name: "Enter the name of the system", ownerEmail: expect.stringMatching(/^Enter an email address/) } });
    expect(await test.db.system.count()).toBe(before);
  });

  it("only for an organisation the person publishes for", async () => {
    await expect(createSystem(test.db, people.hmrcPublisher, systemInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
    // Refused before validation: the messages would tell them nothing useful anyway.
    await expect(createSystem(test.db, people.hmrcPublisher, { organisationId: people.dvla.id })).rejects.toThrow(ForbiddenError);
    for (const viewer of [ANONYMOUS, people.assessor, people.newcomer]) {
      await expect(createSystem(test.db, viewer, systemInput(people.dvla.id))).rejects.toThrow(ForbiddenError);
      await expect(createSystem(test.db, viewer, systemInput(""))).rejects.toThrow(ForbiddenError);
    }
    expect(await createSystem(test.db, people.dvlaPublisher, systemInput(""))).toEqual({ ok: false, errors: { organisationId: "Select an organisation" } });
    expect(await createSystem(test.db, people.admin, systemInput("no-such-organisation"))).toEqual({ ok: false, errors: { organisationId: "Select an organisation" } });
  });
});

describe("changing a system", () => {
  it("saves an edit from the current version, bumps the version and records before and after", async () => {
    const system = await draft();
    const result = await updateSystem(test.db, people.dvlaPublisher, system.id, 1, systemInput(people.hmrc.id, { name: "Vehicle register (new)", hosting: "hybrid" }));
    expect(result.ok && result.system).toMatchObject({ name: "Vehicle register (new)", hosting: "hybrid", version: 2, slug: system.slug, organisationId: people.dvla.id });
    const events = await eventsFor(system.id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(JSON.parse(events[1]!.changes)).toEqual({ name: { before: "Vehicle register", after: "Vehicle register (new)" }, hosting: { before: "cloud", after: "hybrid" } });
  });

  it("refuses a stale edit and saves nothing", async () => {
    const system = await draft("Stale register");
    await updateSystem(test.db, people.dvlaPublisher, system.id, 1, systemInput(people.dvla.id, { name: "First edit" }));
    const second = await updateSystem(test.db, people.admin, system.id, 1, systemInput(people.dvla.id, { name: "Second edit" }));
    expect(second).toEqual({ ok: false, stale: true });
    expect((await test.db.system.findUniqueOrThrow({ where: { id: system.id } })).name).toBe("First edit");
    expect((await eventsFor(system.id)).length).toBe(2);
  });

  it("checks the stored organisation, and hides drafts from people who may not see them", async () => {
    const published = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name: "Public register" }), { publish: true });
    if (!published.ok) throw new Error();
    await expect(updateSystem(test.db, people.hmrcPublisher, published.system.id, 1, systemInput(people.hmrc.id))).rejects.toThrow(ForbiddenError);
    await expect(retireSystem(test.db, people.assessor, published.system.id, 1)).rejects.toThrow(ForbiddenError);
    const hidden = await draft("Hidden register");
    await expect(updateSystem(test.db, people.hmrcPublisher, hidden.id, 1, systemInput(people.hmrc.id))).rejects.toThrow(NotFoundError);
    await expect(deleteDraftSystem(test.db, people.assessor, hidden.id, 1)).rejects.toThrow(NotFoundError);
    await expect(publishSystem(test.db, ANONYMOUS, hidden.id, 1)).rejects.toThrow(NotFoundError);
    expect(await getSystem(test.db, people.hmrcPublisher, hidden.slug)).toBeNull();
    expect(await getSystem(test.db, people.dvlaPublisher, hidden.slug)).not.toBeNull();
  });

  it("publishes a draft, and retires a system (which stays, marked retired)", async () => {
    const system = await draft("Lifecycle register");
    const published = await publishSystem(test.db, people.dvlaPublisher, system.id, 1);
    expect(published.ok && published.system.status).toBe("published");
    expect(await getSystem(test.db, ANONYMOUS, system.slug)).not.toBeNull();
    const retired = await retireSystem(test.db, people.dvlaPublisher, system.id, 2);
    expect(retired.ok && retired.system.lifecycle).toBe("retired");
    expect((await eventsFor(system.id)).map((e) => e.action)).toEqual(["create", "update", "retire"]);
    expect(await retireSystem(test.db, people.dvlaPublisher, system.id, 2)).toEqual({ ok: false, stale: true });
  });
});

describe("deleting a system", () => {
  it("deletes a draft, unlinking its draft APIs on the record", async () => {
    const system = await draft("Doomed register");
    const api = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { name: "Doomed API", systemId: system.id }));
    if (!api.ok) throw new Error(JSON.stringify(api));
    expect(await deleteDraftSystem(test.db, people.dvlaPublisher, system.id, 1)).toMatchObject({ ok: true });
    expect(await test.db.system.findUnique({ where: { id: system.id } })).toBeNull();
    expect((await test.db.api.findUniqueOrThrow({ where: { id: api.api.id } })).systemId).toBeNull();
    expect((await eventsFor(system.id)).map((e) => e.action)).toEqual(["create", "delete"]);
    expect((await eventsFor(api.api.id)).map((e) => JSON.parse(e.changes).systemId?.after)).toEqual([system.id, null]);
  });

  it("refuses to delete a published system", async () => {
    const result = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id, { name: "Kept register" }), { publish: true });
    if (!result.ok) throw new Error();
    expect(await deleteDraftSystem(test.db, people.dvlaPublisher, result.system.id, 1)).toEqual({ ok: false, errors: { confirm: "You cannot delete a system that has been published. Retire it instead." } });
    expect(await test.db.system.findUnique({ where: { id: result.system.id } })).not.toBeNull();
  });

  it("refuses a stale delete", async () => {
    const system = await draft("Edited then deleted");
    await updateSystem(test.db, people.dvlaPublisher, system.id, 1, systemInput(people.dvla.id, { name: "Edited" }));
    expect(await deleteDraftSystem(test.db, people.dvlaPublisher, system.id, 1)).toEqual({ ok: false, stale: true });
    expect(await test.db.system.findUnique({ where: { id: system.id } })).not.toBeNull();
  });
});

describe("the publishing home", () => {
  it("lists the organisations a person publishes for, drafts included", async () => {
    const home = await publishingHome(test.db, people.dvlaPublisher);
    expect(home.map((o) => o.name)).toEqual(["Driver and Vehicle Licensing Agency"]);
    expect(home[0]!.systems.some((s) => s.status === "draft")).toBe(true);
    expect(await publishingHome(test.db, people.newcomer)).toEqual([]);
    expect(await publishingHome(test.db, ANONYMOUS)).toEqual([]);
  });
});
