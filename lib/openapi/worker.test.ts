import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { ingestInWorker } from "./worker";

const enc = (s: string) => new TextEncoder().encode(s);

describe("ingestInWorker", () => {
  it("returns the same result shape as ingestSpec", async () => {
    const bytes = readFileSync("/work/shared/data/specs/dvla-vehicle-enquiry.yaml");
    const r = await ingestInWorker(bytes);
    expect(r.version).toBe("oas3_0");
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("passes IngestErrors through", async () => {
    await expect(ingestInWorker(enc("[1]"))).rejects.toMatchObject({ code: "not-an-object" });
  });

  it("gives up after the time limit", async () => {
    const bytes = readFileSync("/work/shared/data/specs/nhs-personal-demographics.yaml");
    const err = await ingestInWorker(bytes, {}, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe("timeout");
    expect((err as IngestError).message).toMatch(/took too long/);
  });

  it("lints a 1,000-long $ref chain (uncapped) in the worker's larger stack without crashing us", async () => {
    const schemas: Record<string, unknown> = {};
    const n = 1000;
    for (let i = 0; i < n; i++) {
      schemas[`S${i}`] = i + 1 < n ? { type: "object", properties: { next: { $ref: `#/components/schemas/S${i + 1}` } } } : { type: "string" };
    }
    const spec = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: { "/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/S0" } } } } } } } },
      components: { schemas },
    };
    const t = performance.now();
    const outcome = await ingestInWorker(enc(JSON.stringify(spec)), { maxRefChain: 100_000 }).then(
      (r) => `ok: ${r.problems.length} problems`,
      (e: unknown) => (e instanceof IngestError ? `refused: ${e.code}` : `other: ${String(e)}`),
    );
    console.log(`1,000-ref chain in worker: ${outcome} (${(performance.now() - t).toFixed(0)} ms)`);
    expect(outcome).toMatch(/^(ok|refused)/);
  });
});
