import { describe, expect, it } from "vitest";
import { IN_WORKER_FROM, diffBundled } from "./compare";
import { diffSpecs } from "./diff";
import { checkInWorker, checkQueue } from "./worker";

/** A bundled document of `n` paths, each returning its own object schema. */
function bundle(n: number, { required = false, without = -1 } = {}): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    if (i === without) continue;
    const parameters = required && i === 0 ? [{ name: "since", in: "query", required: true, schema: { type: "string" } }] : [];
    paths[`/v1/things${i}`] = {
      get: {
        parameters,
        responses: { "200": { description: "A thing", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, created_at: { type: "string", format: "date-time" } } } } } } },
      },
    };
  }
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Things", version: "1" }, paths });
}

describe("diffBundled", () => {
  it("compares small documents at once, on this thread", async () => {
    const before = bundle(3);
    const after = bundle(3, { without: 2 });
    const pending = diffBundled(before, after);
    expect(checkQueue()).toEqual({ running: 0, waiting: 0 });
    expect(await pending).toEqual(diffSpecs(JSON.parse(before), JSON.parse(after)));
  });

  it("compares large documents in a worker, with the same result", async () => {
    const before = bundle(3_000);
    const after = bundle(3_000, { required: true, without: 1_500 });
    expect(before.length + after.length).toBeGreaterThan(IN_WORKER_FROM);
    const pending = diffBundled(before, after);
    await Promise.resolve();
    expect(checkQueue().running + checkQueue().waiting).toBe(1);
    const changes = await pending;
    expect(changes).toEqual(diffSpecs(JSON.parse(before), JSON.parse(after)));
    expect(changes.filter((c) => c.breaking).length).toBe(2);
  }, 60_000);
});

describe("checkInWorker with the previous version", () => {
  it("compares the checked document with it in the same worker, as diffBundled would", async () => {
    const before = bundle(20);
    const after = bundle(20, { required: true, without: 7 });
    const result = await checkInWorker(new TextEncoder().encode(after), {}, {}, { compareWith: before });
    expect(result.changes).toEqual(await diffBundled(before, result.bundledJson));
    expect(result.changes?.filter((c) => c.breaking).length).toBe(2);
    // Without a previous version, nothing is compared.
    expect((await checkInWorker(new TextEncoder().encode(after))).changes).toBeUndefined();
  }, 60_000);
});
