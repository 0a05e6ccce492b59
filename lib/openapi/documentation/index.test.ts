import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { manyPaths } from "../testing";
import { queueEvents, type Lane } from "../worker";
import { DOCUMENTATION_FORMAT, IN_WORKER_FROM, documentationJob, documentationPart, servedDocumentation } from ".";

let t: TestDatabase;
let organisationId = "";
let apis = 0;

/** A checked revision of a new API, holding this bundle. */
async function revision(bundled: string | null): Promise<string> {
  const api = await t.db.api.create({ data: { slug: `api-${++apis}`, name: `API ${apis}`, organisationId } });
  const row = await t.db.specRevision.create({ data: { apiId: api.id, source: bundled ?? "", contentHash: `h${apis}`, arrivedVia: "seed", status: "checked", bundled, audience: "public", audienceOrganisationId: organisationId } });
  return row.id;
}

const stored = (revisionId: string) => t.db.specDocumentation.findMany({ where: { revisionId }, orderBy: { part: "asc" }, select: { part: true, format: true } });

beforeAll(async () => {
  t = await createTestDatabase();
  organisationId = (await seedPublishing(t.db)).dvla.id;
});
afterAll(() => t.drop());

describe("servedDocumentation", () => {
  it("works out a small revision's documentation on its first view, keeps it, and reads it from then on", async () => {
    const id = await revision(manyPaths(45));
    const first = await servedDocumentation(t.db, id, 1);
    expect(first?.contents).toMatchObject({ title: "Things", parts: 3, operations: 45 });
    expect(first?.part.number).toBe(1);
    expect(await stored(id)).toEqual([0, 1, 2, 3].map((part) => ({ part, format: DOCUMENTATION_FORMAT })));

    // Read from what was kept: the bundle is not read again.
    await t.db.specRevision.update({ where: { id }, data: { bundled: null } });
    const third = await servedDocumentation(t.db, id, 3);
    expect(third?.part.number).toBe(3);
    expect(third?.part.entries.filter((e) => e.kind === "operation")).toHaveLength(5);
  });

  it("shows the first part for a part the documentation does not have", async () => {
    const id = await revision(manyPaths(3));
    await servedDocumentation(t.db, id, 1);
    expect((await servedDocumentation(t.db, id, 9))?.part.number).toBe(1);
    expect([documentationPart.parse("2"), documentationPart.parse(undefined), documentationPart.parse("-1"), documentationPart.parse(["2", "3"]), documentationPart.parse("1.5")]).toEqual([2, 1, 1, 1, 1]);
  });

  it("works out again what an older renderer kept", async () => {
    const id = await revision(manyPaths(2));
    await t.db.specDocumentation.create({ data: { revisionId: id, part: 0, format: DOCUMENTATION_FORMAT - 1, body: "{}" } });
    expect((await servedDocumentation(t.db, id, 1))?.contents.operations).toBe(2);
    expect(await stored(id)).toEqual([0, 1].map((part) => ({ part, format: DOCUMENTATION_FORMAT })));
  });

  it("works out a large revision's in a worker, in the publishing lane, while its first views go without", async () => {
    const bundled = manyPaths(2_600);
    expect(bundled.length).toBeGreaterThanOrEqual(IN_WORKER_FROM);
    const id = await revision(bundled);
    const lanes: Lane[] = [];
    const listener = (lane: Lane) => lanes.push(lane);
    queueEvents.on("queued", listener);
    try {
      expect(await servedDocumentation(t.db, id, 1)).toBeNull();
      // A second view meanwhile starts nothing more.
      expect(await servedDocumentation(t.db, id, 1)).toBeNull();
      await documentationJob(id);
    } finally {
      queueEvents.off("queued", listener);
    }
    expect(lanes).toEqual(["publishing"]);
    const served = await servedDocumentation(t.db, id, 130);
    expect(served?.contents).toMatchObject({ parts: 130, operations: 2_600 });
    expect(served?.part.entries[0]).toMatchObject({ kind: "operation", id: "operation/getThing2580", path: "/v1/things2580/{id}" });
  }, 120_000);

  it("has nothing to show for a revision whose bundle cannot be read, says why in the log once, and does not try again", async () => {
    const id = await revision("{ not json");
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await servedDocumentation(t.db, id, 1)).toBeNull();
      expect(await servedDocumentation(t.db, id, 1)).toBeNull();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]![0]).toContain(`The documentation of revision ${id} could not be worked out`);
    } finally {
      log.mockRestore();
    }
    expect(await stored(id)).toEqual([]);
  });

  it("has nothing to show for a revision with no bundle", async () => {
    expect(await servedDocumentation(t.db, await revision(null), 1)).toBeNull();
  });
});
