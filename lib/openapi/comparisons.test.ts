import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { attachSpec } from "./attach";
import { IN_WORKER_FROM } from "./compare";
import { diffSpecs } from "./diff";
import { compareApiRevisions } from "./versions";
import { manyPaths } from "./testing";
import { checkQueue, queueEvents, type Lane } from "./worker";

/** A bundled document large enough to be compared in a worker, without one of its paths. */
function bundle(without: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 1_800; i++) {
    if (i === without) continue;
    paths[`/v1/things${i}/{id}`] = {
      get: {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "A thing", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } } } } } },
      },
    };
  }
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Things", version: "1" }, paths });
}

const VERSIONS = 11;
let t: TestDatabase;
let people: Awaited<ReturnType<typeof seedPublishing>>;
const revisions: string[] = [];
let smallApiId = "";

beforeAll(async () => {
  t = await createTestDatabase();
  people = await seedPublishing(t.db);
  const api = await t.db.api.create({ data: { slug: "things", name: "Things", organisationId: people.dvla.id } });
  smallApiId = (await t.db.api.create({ data: { slug: "small", name: "Small", organisationId: people.dvla.id } })).id;
  for (let i = 0; i < VERSIONS; i++) {
    const bundled = bundle(i);
    expect(bundled.length * 2).toBeGreaterThan(IN_WORKER_FROM);
    const row = await t.db.specRevision.create({
      data: { apiId: api.id, source: bundled, contentHash: `v${i}`, arrivedVia: "seed", status: "checked", bundled, createdAt: new Date(Date.UTC(2026, 0, i + 1)), audience: "public", audienceOrganisationId: people.dvla.id },
    });
    revisions.push(row.id);
  }
});
afterAll(() => t.drop());

/** Every "queued" event of the workers' queue while `work` runs, with what the queue held as each joined. */
async function watchQueue<T>(work: (queued: Promise<void>) => Promise<T>): Promise<{ value: T; joined: { lane: Lane; waiting: number }[] }> {
  const joined: { lane: Lane; waiting: number }[] = [];
  let firstComparison!: () => void;
  const comparing = new Promise<void>((resolve) => (firstComparison = resolve));
  const listener = (lane: Lane) => {
    joined.push({ lane, waiting: checkQueue().waiting });
    if (lane === "comparing") firstComparison();
  };
  queueEvents.on("queued", listener);
  try {
    return { value: await work(comparing), joined };
  } finally {
    queueEvents.off("queued", listener);
  }
}

const pairs: [number, number][] = [];
for (let i = 0; i < VERSIONS; i++) for (let j = i + 1; j < VERSIONS; j++) pairs.push([i, j]);
const compare = (i: number, j: number) => compareApiRevisions(t.db, ANONYMOUS, "things", { from: revisions[i], to: revisions[j] });

describe("visitors comparing versions", () => {
  it("cannot keep a publisher's upload waiting: 50 anonymous comparisons at once, and the upload is checked at once", async () => {
    const fifty = pairs.slice(0, 50);
    const { value, joined } = await watchQueue(async (comparing) => {
      const outcomes = Promise.all(fifty.map(([i, j]) => compare(i, j)));
      // A comparison holds a worker; the publisher uploads while the rest wait or are turned away.
      await comparing;
      const upload = await attachSpec(t.db, people.dvlaPublisher, smallApiId, { bytes: Buffer.from(manyPaths(3)), arrivedVia: "upload" });
      return { upload, outcomes: await outcomes };
    });
    expect(value.upload).toMatchObject({ ok: true });
    // The publisher's check found a worker free the moment it joined the queue: nothing waiting before it.
    expect(joined.filter((j) => j.lane === "publishing")).toEqual([{ lane: "publishing", waiting: 0 }]);
    // However many asked, comparisons never held more than one worker at once.
    expect(joined.filter((j) => j.lane === "comparing").every((j) => j.waiting === 0)).toBe(true);

    // Each visitor got the changes, or a plain "busy, try again".
    const answers = value.outcomes.map((o) => o!.outcome);
    for (const answer of answers) {
      if (answer.ok) expect(answer.changes).toHaveLength(2);
      else expect(answer).toMatchObject({ busy: expect.stringMatching(/^The catalogue is busy comparing other versions just now\. Try again/) });
    }
    const computed = answers.filter((a) => a.ok).length;
    expect(computed).toBeGreaterThan(0);
    // Those turned away were never worked out: every one worked out is kept.
    expect(await t.db.specComparison.count()).toBe(computed);
  }, 120_000);

  it("works each pair out once: asked again, a kept comparison takes no worker", async () => {
    const kept = await t.db.specComparison.findFirstOrThrow();
    const [i, j] = [revisions.indexOf(kept.fromId), revisions.indexOf(kept.toId)];
    const { value, joined } = await watchQueue(async () => compare(i, j));
    expect(joined).toEqual([]);
    expect(value?.outcome).toMatchObject({ ok: true, changes: diffSpecs(JSON.parse(bundle(i)), JSON.parse(bundle(j))) });
  });

  it("keeps each direction apart: later to earlier is its own comparison", async () => {
    const [i, j] = [9, 10];
    await t.db.specComparison.deleteMany({ where: { fromId: { in: [revisions[i]!, revisions[j]!] } } });
    const forward = await compare(i, j);
    const backward = await compare(j, i);
    expect(forward?.outcome).toMatchObject({ ok: true, changes: [expect.objectContaining({ kind: "path-removed" }), expect.objectContaining({ kind: "path-added" })] });
    expect(backward?.outcome).toMatchObject({ ok: true, changes: [expect.objectContaining({ kind: "path-removed" }), expect.objectContaining({ kind: "path-added" })] });
    const rows = await t.db.specComparison.findMany({ where: { fromId: { in: [revisions[i]!, revisions[j]!] }, toId: { in: [revisions[i]!, revisions[j]!] } } });
    expect(rows).toHaveLength(2);
  }, 60_000);

  it("reuses what was worked out as a version arrived, for it and the one before it", async () => {
    const changes = [{ kind: "path-added", breaking: false, path: "/x", pointer: "/paths/~1x", message: "Stored as it arrived." }];
    await t.db.specRevision.update({ where: { id: revisions[8]! }, data: { previousId: revisions[7]!, changes: JSON.stringify(changes), breakingChanges: 0 } });
    const { value, joined } = await watchQueue(async () => compare(7, 8));
    expect(joined).toEqual([]);
    expect(value?.outcome).toMatchObject({ ok: true, changes });
  });
});
