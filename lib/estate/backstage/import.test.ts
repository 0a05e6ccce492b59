import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError } from "@/lib/auth/policy";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { CatalogFileError } from "./entities";
import { previewImport, runImport } from "./apply";
import { summarise } from "./summary";

// Lets a test make the last write of an import fail, after everything before it was written.
const failOn = vi.hoisted(() => ({ entityType: "", refuseConnection: "" }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      await actual.recordAudit(...args);
      if (failOn.entityType && args[1].entityType === failOn.entityType) throw new Error("the disk is full");
    },
  };
});

vi.mock("../connections", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../connections")>();
  return {
    ...actual,
    declareConnection: async (...args: Parameters<typeof actual.declareConnection>) =>
      failOn.refuseConnection ? { ok: false as const, errors: { toSystemId: failOn.refuseConnection } } : actual.declareConnection(...args),
  };
});

const fixture = fs.readFileSync(path.join(__dirname, "fixtures/catalog-info.yaml"), "utf8");
let test: TestDatabase | undefined;
let people: Awaited<ReturnType<typeof seedPublishing>>;

beforeEach(async () => {
  await test?.drop();
  test = await createTestDatabase();
  people = await seedPublishing(test.db);
  failOn.entityType = "";
  failOn.refuseConnection = "";
});
afterAll(() => test?.drop());

const counts = async () => {
  const db = test!.db;
  return { systems: await db.system.count(), apis: await db.api.count(), connections: await db.connection.count(), events: await db.auditEvent.count() };
};
const report = (plan: Awaited<ReturnType<typeof previewImport>>) => plan.problems.map((p) => `document ${p.place.document}, line ${p.place.line}: ${p.message}`);

describe("importing a Backstage catalog-info.yaml", () => {
  it("previews what it will do and every entity it cannot map, with its document and line, writing nothing", async () => {
    const plan = await previewImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    expect(plan.systems.map((s) => [s.name, s.action, s.input.lifecycle])).toEqual([
      ["Vehicle licensing", "create", "live"],
      ["Vehicle database", "create", "live"],
      ["Driver licensing portal", "create", "beta"],
      ["Notification gateway", "create", "deprecated"],
      ["Fleet reporting", "create", "live"],
    ]);
    expect(plan.apis.map((a) => [a.name, a.action, a.systemKey, a.input.lifecycle])).toEqual([["Vehicle enquiry", "create", "vehicle-licensing", "live"]]);
    expect(plan.connections.map((c) => [c.words, c.apiKey, c.input.technology, c.action])).toEqual([
      ["Vehicle licensing to Vehicle database", null, "database-link", "declare"],
      ["Driver licensing portal to Vehicle licensing", "vehicle-enquiry", "rest-json", "declare"],
      ["Driver licensing portal to Notification gateway", null, "other", "declare"],
    ]);
    expect(report(plan)).toEqual([
      "document 8, line 89: kind Location is not supported: only System, Component, API, Resource and Group are imported",
      "document 9, line 105: Component tax-calculator is owned by group:hmrc, not Driver and Vehicle Licensing Agency: you can only import your own organisation's entities",
      "document 10, line 118: Component fleet-reporting uses API api:fleet-register, which is neither in the file nor a catalogued API of a Driver and Vehicle Licensing Agency system",
    ]);
    expect(plan.notes.map((n) => n.place)).toEqual([{ document: 1, line: 2 }, { document: 11, line: 120 }]);
    expect(summarise(plan).headline).toBe("The import will create 5 systems, create 1 API, declare 3 connections");
    expect(summarise(plan).problems[0]).toBe("Document 8, line 89: kind Location is not supported: only System, Component, API, Resource and Group are imported");
    expect(await counts()).toEqual({ systems: 0, apis: 0, connections: 0, events: 0 });
  });

  it("writes everything with its audit events, and a second import of the same file changes nothing", async () => {
    const first = await runImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    expect(first.ok).toBe(true);
    expect(await counts()).toEqual({ systems: 5, apis: 1, connections: 3, events: 9 });
    const api = await test!.db.api.findFirstOrThrow({ include: { system: true } });
    expect([api.name, api.system?.name, api.status, api.visibility]).toEqual(["Vehicle enquiry", "Vehicle licensing", "published", "government"]);
    const through = await test!.db.connection.findFirstOrThrow({ where: { apiId: api.id }, include: { fromSystem: true } });
    // Both ends are the publisher's own, so they vouch for both.
    expect([through.fromSystem.name, through.confirmation]).toEqual(["Driver licensing portal", "confirmed"]);

    const again = await previewImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    expect([...again.systems, ...again.apis, ...again.connections].map((x) => x.action).every((a) => a === "unchanged")).toBe(true);
    expect(summarise(again).headline).toBe("The import will change nothing: the catalogue already holds everything in it");
    expect((await runImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture)).ok).toBe(true);
    expect(await counts()).toEqual({ systems: 5, apis: 1, connections: 3, events: 9 });
  });

  it("updates what the file changes, matching by name", async () => {
    await runImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    const changed = fixture.replace("Licenses vehicles and keeps", "Licenses every vehicle and keeps");
    const plan = await previewImport(test!.db, people.dvlaPublisher, people.dvla.id, changed);
    expect(plan.systems.filter((s) => s.action !== "unchanged").map((s) => [s.name, s.action])).toEqual([["Vehicle licensing", "update"]]);
    await runImport(test!.db, people.dvlaPublisher, people.dvla.id, changed);
    expect((await test!.db.system.findFirstOrThrow({ where: { name: "Vehicle licensing" } })).description).toBe("Licenses every vehicle and keeps the record of who keeps each one.");
  });

  it("writes nothing at all when the last write fails", async () => {
    failOn.entityType = "Connection";
    await expect(runImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture)).rejects.toThrow("the disk is full");
    expect(await counts()).toEqual({ systems: 0, apis: 0, connections: 0, events: 0 });
  });

  it("writes nothing when a service refuses an entity, and says which", async () => {
    failOn.refuseConnection = "Notification gateway is retired";
    const outcome = await runImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    expect(outcome).toMatchObject({ ok: false, error: "Nothing was imported. The connection from Vehicle licensing to Vehicle database: Notification gateway is retired" });
    expect(await counts()).toEqual({ systems: 0, apis: 0, connections: 0, events: 0 });
  });

  it("reports an entity matching a retired system and leaves it alone", async () => {
    await test!.db.system.create({ data: { slug: "notify-gateway", name: "Notification gateway", organisationId: people.dvla.id, lifecycle: "retired" } });
    const plan = await previewImport(test!.db, people.dvlaPublisher, people.dvla.id, fixture);
    expect(report(plan)).toContain("document 7, line 78: Notification gateway is retired in the catalogue, so the import does not change it");
    expect(plan.connections.map((c) => c.words)).not.toContain("Driver licensing portal to Notification gateway");
  });

  it("refuses a file it cannot read with a specific message", async () => {
    const refused = (text: string) => previewImport(test!.db, people.dvlaPublisher, people.dvla.id, text);
    await expect(refused("kind: System\nmetadata: [unclosed")).rejects.toThrow(CatalogFileError);
    await expect(refused("kind: System\nmetadata: [unclosed")).rejects.toThrow(/not valid YAML or JSON \(line 2/);
    await expect(refused("kind: System\nmetadata:\n  title: No name\n---\nmetadata:\n  name: x\n")).rejects.toThrow("Document 1, line 3: the System has no metadata.name");
    await expect(refused("kind: System\nmetadata:\n  name: a\n---\nmetadata:\n  name: x\n")).rejects.toThrow("Document 2, line 5: the entity has no kind");
    await expect(refused("a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n")).rejects.toThrow(/aliases/);
    await expect(refused("kind: System\nmetadata:\n  name: !!js/function x\n")).rejects.toThrow(/tag we do not accept/);
    await expect(refused("x".repeat(600 * 1024))).rejects.toThrow("The file is 600 KB, larger than 500 KB, the largest we import at once");
    expect(await counts()).toEqual({ systems: 0, apis: 0, connections: 0, events: 0 });
  });

  it("is for publishers of the organisation only", async () => {
    await expect(previewImport(test!.db, people.hmrcPublisher, people.dvla.id, fixture)).rejects.toThrow(ForbiddenError);
    await expect(runImport(test!.db, people.assessor, people.dvla.id, fixture)).rejects.toThrow(ForbiddenError);
    expect(await counts()).toEqual({ systems: 0, apis: 0, connections: 0, events: 0 });
  });
});
