/**
 * The change feed's promise: replayed from empty it gives exactly the bulk download, for each
 * kind of viewer; and from a cursor kept earlier it brings a copy made then up to date.
 * Changes are made through the real services, so the audit events are the real ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { createApi, deleteDraftApi, updateApi } from "@/lib/catalogue/publishing/apis";
import { createSystem, publishSystem, updateSystem } from "@/lib/catalogue/publishing/systems";
import { apiInput, seedPublishing, systemInput } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { declareConnection, retireConnection } from "@/lib/estate/connections";
import { changesSince, type Change } from "./changes";
import { allItems, readItems } from "./read";
import { RECORD_KINDS, type RecordItem } from "./records";
import { jsonStream } from "./stream";

const ORIGIN = "https://catalogue.example";
let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;

function ok<T>(result: { ok: true } & T | { ok: false }): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as T;
}

/** What the bulk JSON downloads hold for this viewer, keyed as the feed keys them. */
async function downloaded(viewer: Viewer): Promise<Map<string, RecordItem>> {
  const copy = new Map<string, RecordItem>();
  for (const kind of RECORD_KINDS) {
    const text = await new Response(jsonStream(kind, allItems(test.db, viewer, kind, ORIGIN, 2))).text();
    const body = JSON.parse(text) as Record<string, RecordItem[]>;
    for (const item of body[kind]!) copy.set(`${kind.slice(0, -1)}:${item.id}`, item);
  }
  return copy;
}

/** Applies every change after the cursor, a few at a time as a client would; returns where to resume. */
async function replay(viewer: Viewer, copy: Map<string, RecordItem>, cursor: number | null, seen: Change[] = []): Promise<string> {
  let after = cursor;
  for (;;) {
    const page = await changesSince(test.db, viewer, after, 3, ORIGIN);
    for (const change of page.changes) {
      seen.push(change);
      if (change.record) copy.set(`${change.type}:${change.id}`, change.record);
      else copy.delete(`${change.type}:${change.id}`);
    }
    after = Number(Buffer.from(page.cursor, "base64url").toString().slice(3));
    if (!page.more) return page.cursor;
  }
}

let hiddenApi: string;
let deletedDraft: string;
let lateConnection: string;
let midCopies: Map<Viewer, { copy: Map<string, RecordItem>; cursor: number }>;

beforeAll(async () => {
  test = await createTestDatabase();
  const { db } = test;
  people = await seedPublishing(db);
  const { dvlaPublisher: dvla, hmrcPublisher: hmrc } = people;
  const vehicles = ok<{ system: { id: string; version: number } }>(await createSystem(db, dvla, systemInput(people.dvla.id), { publish: true })).system;
  const tax = ok<{ system: { id: string } }>(await createSystem(db, hmrc, systemInput(people.hmrc.id, { name: "Tax records" }), { publish: true })).system;
  const draftSystem = ok<{ system: { id: string; version: number } }>(await createSystem(db, dvla, systemInput(people.dvla.id, { name: "Driver register" }))).system;
  const api = async (viewer: Viewer, organisationId: string, over: Record<string, string>, publish = true) =>
    ok<{ api: { id: string; version: number } }>(await createApi(db, viewer, apiInput(organisationId, over), { publish })).api;
  const open = await api(dvla, people.dvla.id, { name: "Vehicle tax status", systemId: vehicles.id });
  await api(hmrc, people.hmrc.id, { name: "Customs declarations", visibility: "government" });
  await api(hmrc, people.hmrc.id, { name: "Tax internal", visibility: "internal" });
  const toHide = await api(dvla, people.dvla.id, { name: "Driver licence check" });
  const draft = await api(dvla, people.dvla.id, { name: "Draft idea" }, false);
  await api(dvla, people.dvla.id, { name: "Kept draft" }, false);
  const connection = (over: Record<string, string>) => ({
    fromSystemId: vehicles.id, toSystemId: tax.id, direction: "one-way", apiId: "", description: "Vehicle tax checks", technology: "rest-json",
    openStandard: "yes", personalData: "no", personalDataLogged: "", frequency: "daily", lifecycle: "live", visibility: "public", ...over,
  });
  const first = ok<{ connection: { id: string; version: number } }>(await declareConnection(db, dvla, connection({}))).connection;
  await declareConnection(db, dvla, connection({ description: "Internal reconciliation", visibility: "internal", frequency: "hourly" }));

  // A copy taken now by each viewer, with the cursor to resume from.
  midCopies = new Map();
  for (const viewer of [ANONYMOUS, people.dvlaPublisher, people.hmrcPublisher]) {
    const copy = new Map<string, RecordItem>();
    const cursor = await replay(viewer, copy, null);
    midCopies.set(viewer, { copy, cursor: Number(Buffer.from(cursor, "base64url").toString().slice(3)) });
  }

  ok(await updateApi(db, dvla, open.id, open.version, apiInput(people.dvla.id, { name: "Vehicle tax status v2", systemId: vehicles.id, description: "Line one\nline two" })));
  ok(await updateApi(db, dvla, toHide.id, toHide.version, apiInput(people.dvla.id, { name: "Driver licence check", visibility: "internal" })));
  hiddenApi = toHide.id;
  ok(await deleteDraftApi(db, dvla, draft.id, draft.version));
  deletedDraft = draft.id;
  ok(await updateSystem(db, dvla, vehicles.id, vehicles.version, systemInput(people.dvla.id, { name: "Vehicle register (renamed)" })));
  ok(await retireConnection(db, dvla, first.id, first.version));
  // A connection to a draft system is the DVLA's alone until the system is published.
  lateConnection = ok<{ connection: { id: string } }>(await declareConnection(db, dvla, connection({ toSystemId: draftSystem.id, description: "Driver records" }))).connection.id;
  ok(await publishSystem(db, dvla, draftSystem.id, draftSystem.version));
});
afterAll(() => test.drop());

const viewers = (): [string, Viewer][] => [["anonymous", ANONYMOUS], ["a DVLA publisher", people.dvlaPublisher], ["an HMRC publisher", people.hmrcPublisher], ["an admin", people.admin]];

describe("replaying the change feed", () => {
  it.each([0, 1, 2, 3])("from empty gives exactly the bulk download (viewer %i)", async (index) => {
    const [, viewer] = viewers()[index]!;
    const copy = new Map<string, RecordItem>();
    await replay(viewer, copy, null);
    const expected = await downloaded(viewer);
    expect(expected.size).toBeGreaterThan(3);
    expect(Object.fromEntries(copy)).toEqual(Object.fromEntries(expected));
  });

  it("from a cursor kept earlier brings that copy up to date", async () => {
    for (const viewer of [ANONYMOUS, people.dvlaPublisher, people.hmrcPublisher]) {
      const { copy, cursor } = midCopies.get(viewer)!;
      await replay(viewer, copy, cursor);
      expect(Object.fromEntries(copy)).toEqual(Object.fromEntries(await downloaded(viewer)));
    }
  });

  it("shows a record hidden from the viewer as removed, and never one they could not see", async () => {
    const seen: Change[] = [];
    await replay(ANONYMOUS, new Map(), null, seen);
    expect(seen.filter((c) => c.id === hiddenApi).at(-1)).toMatchObject({ change: "removed", record: null });
    expect(seen.some((c) => c.id === deletedDraft)).toBe(false);
    const names = seen.flatMap((c) => (c.record && "name" in c.record ? [c.record.name] : []));
    expect(names).not.toContain("Tax internal");
    expect(names).not.toContain("Kept draft");
    expect(names).not.toContain("Customs declarations");
    expect(seen.every((c) => c.record === null || c.record.link.startsWith(ORIGIN))).toBe(true);
  });

  it("shows a connection once the draft system at its end is published", async () => {
    const seen: Change[] = [];
    await replay(ANONYMOUS, new Map(), null, seen);
    expect(seen.filter((c) => c.id === lateConnection).at(-1)).toMatchObject({ type: "connection", change: "created" });
  });

  it("gives the deleted draft to its own organisation as removed", async () => {
    const seen: Change[] = [];
    await replay(people.dvlaPublisher, new Map(), null, seen);
    expect(seen.filter((c) => c.id === deletedDraft).at(-1)).toMatchObject({ change: "removed", record: null });
  });

  it("reads a page of changes of any size allowed, past SQLite's limit on a query's parameters", async () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `missing-${i}`);
    for (const kind of RECORD_KINDS) expect(await readItems(test.db, people.admin, kind, ORIGIN, { ids })).toEqual([]);
  });
});
