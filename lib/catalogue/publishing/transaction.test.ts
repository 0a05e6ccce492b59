import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createApi, deleteDraftApi, updateApi } from "./apis";
import { createSystem, updateSystem } from "./systems";
import { apiInput, seedPublishing, systemInput } from "./testing";

// A failure straight after the audit event is written (so after the change too) must undo both.
const failAfterAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      await actual.recordAudit(...args);
      if (failAfterAudit.on) throw new Error("the disk is full");
    },
  };
});

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
beforeAll(async () => {
  test = await createTestDatabase();
  people = await seedPublishing(test.db);
});
afterAll(() => test.drop());

async function failing<T>(work: () => Promise<T>) {
  failAfterAudit.on = true;
  try {
    await expect(work()).rejects.toThrow("the disk is full");
  } finally {
    failAfterAudit.on = false;
  }
}

describe("a write and its audit event are one transaction", () => {
  it("creating: neither the API, its tags, its search row nor the event survive", async () => {
    await failing(() => createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { name: "Never saved" }), { publish: true }));
    expect(await test.db.api.count()).toBe(0);
    expect(await test.db.apiTag.count()).toBe(0);
    expect(await test.db.auditEvent.count()).toBe(0);
    const [row] = await test.db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "api_search"`;
    expect(Number(row!.n)).toBe(0);
  });

  it("editing: the old values and tags stay, with no new event", async () => {
    const created = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { name: "Stays the same" }), { publish: true });
    if (!created.ok) throw new Error();
    await failing(() => updateApi(test.db, people.dvlaPublisher, created.api.id, 1, apiInput(people.dvla.id, { name: "Changed", tags: "other" })));
    const stored = await test.db.api.findUniqueOrThrow({ where: { id: created.api.id }, include: { tags: true } });
    expect(stored).toMatchObject({ name: "Stays the same", version: 1 });
    expect(stored.tags.map((t) => t.tag).sort()).toEqual(["tax", "vehicles"]);
    expect(await test.db.auditEvent.count({ where: { entityId: created.api.id } })).toBe(1);
  });

  it("deleting: the draft is still there", async () => {
    const created = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { name: "Survivor" }));
    if (!created.ok) throw new Error();
    await failing(() => deleteDraftApi(test.db, people.dvlaPublisher, created.api.id, 1));
    expect(await test.db.api.findUnique({ where: { id: created.api.id } })).not.toBeNull();
  });

  it("systems too", async () => {
    await failing(() => createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id)));
    expect(await test.db.system.count()).toBe(0);
    const created = await createSystem(test.db, people.dvlaPublisher, systemInput(people.dvla.id));
    if (!created.ok) throw new Error();
    await failing(() => updateSystem(test.db, people.dvlaPublisher, created.system.id, 1, systemInput(people.dvla.id, { name: "Renamed" })));
    expect(await test.db.system.findUniqueOrThrow({ where: { id: created.system.id } })).toMatchObject({ name: "Vehicle register", version: 1 });
    expect(await test.db.auditEvent.count({ where: { entityId: created.system.id } })).toBe(1);
  });
});
