/**
 * The change feed through /api/v1: a pipeline that follows links.next from no cursor ends with
 * exactly what the bulk downloads hold, keeps the last cursor, and later gets only what changed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { createApi, updateApi } from "@/lib/catalogue/publishing/apis";
import { apiInput, seedPublishing } from "@/lib/catalogue/publishing/testing";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { allItems } from "@/lib/open-data/read";
import { RECORD_KINDS, type RecordItem } from "@/lib/open-data/records";
import { GET } from "@/app/api/v1/changes/route";
import { BASE, apiRequest } from "../testing";

const state: { db?: Db } = {};
vi.mock("@/lib/db", async (original) => ({ ...(await original<typeof import("@/lib/db")>()), getDb: () => state.db }));

type Page = { items: { type: string; id: string; record: RecordItem | null }[]; cursor: string; links: { self: string; next?: string } };
const get = async (path: string) => {
  const response = await GET(apiRequest(path));
  expect(response.status, path).toBe(200);
  return (await response.json()) as Page;
};

/** Follows links.next from `path`, applying each change to `copy`; the cursor to keep. */
async function follow(path: string, copy: Map<string, RecordItem>): Promise<string> {
  let page = await get(path);
  for (;;) {
    for (const change of page.items) {
      if (change.record) copy.set(`${change.type}:${change.id}`, change.record);
      else copy.delete(`${change.type}:${change.id}`);
    }
    if (!page.links.next) return page.cursor;
    page = await get(page.links.next);
  }
}

async function downloaded(db: Db): Promise<Map<string, RecordItem>> {
  const copy = new Map<string, RecordItem>();
  for (const kind of RECORD_KINDS) for await (const items of allItems(db, ANONYMOUS, kind, BASE)) for (const item of items) copy.set(`${kind.slice(0, -1)}:${item.id}`, item);
  return copy;
}

let test: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
beforeAll(async () => {
  test = await createTestDatabase();
  state.db = test.db;
  people = await seedPublishing(test.db);
  for (const name of ["Vehicle tax status", "Driver licence check", "MOT history", "Fuel duty rates", "Drafted lookup"]) {
    const result = await createApi(test.db, people.dvlaPublisher, apiInput(people.dvla.id, { name }), { publish: name !== "Drafted lookup" });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
});
afterAll(() => test.drop());

describe("GET /api/v1/changes", () => {
  it("replays from no cursor, two at a time, to exactly the bulk download, then keeps its place", async () => {
    const copy = new Map<string, RecordItem>();
    const cursor = await follow("/api/v1/changes?limit=2", copy);
    expect(copy).toEqual(await downloaded(test.db));
    expect(copy.size).toBe(4);

    const quiet = await get(`/api/v1/changes?cursor=${cursor}`);
    expect(quiet).toMatchObject({ items: [], cursor });
    expect(quiet.links.next).toBeUndefined();

    const api = await test.db.api.findFirstOrThrow({ where: { name: "MOT history" }, select: { id: true, version: true } });
    const updated = await updateApi(test.db, people.dvlaPublisher, api.id, api.version, apiInput(people.dvla.id, { name: "MOT history", description: "Every MOT test result since 2005." }));
    expect(updated.ok).toBe(true);
    const later = await get(`/api/v1/changes?cursor=${cursor}`);
    expect(later.items.map((c) => [c.type, c.id])).toEqual([["api", api.id]]);
    await follow(`/api/v1/changes?cursor=${cursor}`, copy);
    expect(copy).toEqual(await downloaded(test.db));
  });
});
