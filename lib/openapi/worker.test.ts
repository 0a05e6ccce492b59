import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addSpecRevision } from "@/lib/catalogue/spec-revisions";
import { seedPublishing } from "@/lib/catalogue/publishing/testing";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { attachSpec } from "./attach";
import { checkSpec } from "./check";
import { diffSpecs } from "./diff";
import { IngestError } from "./errors";
import { checkPendingRevisions } from "./checks";
import { chainSpec, manyPaths } from "./testing";
import { checkInWorker, checkQueue, queueEvents, workerResourceLimits } from "./worker";

// Counts the worker threads started, and keeps the jobs posted to them, to show where checks run.
const workers = vi.hoisted(() => ({ started: 0, jobs: [] as { task: string; options?: { part?: string } }[] }));
vi.mock("node:worker_threads", async (original) => {
  const actual = await original<typeof import("node:worker_threads")>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      workers.started++;
    }
    postMessage(...args: Parameters<typeof actual.Worker.prototype.postMessage>) {
      workers.jobs.push(args[0] as (typeof workers.jobs)[number]);
      super.postMessage(...args);
    }
  }
  return { ...actual, Worker: CountedWorker };
});

const SPECS = path.resolve(__dirname, "../../../shared/data/specs");
const enc = (s: string) => new TextEncoder().encode(s);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "checked",
    (e: unknown) => (e instanceof IngestError ? e.code : `not an IngestError: ${String(e)}`),
  );

const aliasBomb = ["openapi: 3.0.0", "a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");

describe("checkInWorker", () => {
  it("gives exactly checkSpec's result for a real spec", async () => {
    const bytes = readFileSync(path.join(SPECS, "tfl-unified-api.yaml"));
    const [inWorker, here] = await Promise.all([checkInWorker(bytes), checkSpec(bytes)]);
    expect(inWorker.standards.rows.length).toBeGreaterThan(0);
    expect(inWorker.problems.length).toBeGreaterThan(0);
    expect(inWorker).toEqual(here);
  });

  it("shares a big document's check between two workers when two are free, with exactly checkSpec's result", async () => {
    const bytes = readFileSync(path.join(SPECS, "nhs-personal-demographics.yaml"));
    const here = await checkSpec(bytes);
    workers.jobs.length = 0;
    const shared = await checkInWorker(bytes, {}, {}, { splitFrom: bytes.byteLength });
    expect(workers.jobs.map((job) => `${job.task} ${job.options?.part ?? "all"}`).sort()).toEqual(["check rest", "examples all"]);
    expect(shared.problems.filter((p) => p.ruleId.startsWith("no-invalid-")).length).toBeGreaterThan(0);
    expect(shared).toEqual(here);
    // A smaller one, or with only one worker free, is checked whole in one.
    workers.jobs.length = 0;
    expect(await checkInWorker(bytes, {}, {}, { splitFrom: bytes.byteLength + 1 })).toEqual(here);
    process.env.SPEC_CHECK_CONCURRENCY = "1";
    try {
      expect(await checkInWorker(bytes, {}, {}, { splitFrom: 0 })).toEqual(here);
    } finally {
      delete process.env.SPEC_CHECK_CONCURRENCY;
    }
    expect(workers.jobs.map((job) => `${job.task} ${job.options?.part ?? "all"}`)).toEqual(["check all", "check all"]);
  });

  it("passes checkSpec's refusals through as the same IngestError", async () => {
    const err = await checkInWorker(enc("[1]")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code: "not-an-object", message: expect.stringMatching(/must be an object/) });
    const yaml = await checkInWorker(enc("openapi: 3.0.0\n  bad: [\n")).catch((e: unknown) => e);
    expect(yaml).toMatchObject({ code: "invalid-yaml", line: expect.any(Number) });
  });

  it("refuses hostile specs, each in a worker thread of its own", async () => {
    const [huge, bomb, deep, chain, slow, bulky] = [
      Buffer.alloc(30 * 1024 * 1024, "a"),
      enc(aliasBomb),
      enc("openapi: 3.0.0\nx: " + "[".repeat(100_000)),
      enc(chainSpec(5_000)),
      enc(manyPaths(3_000)),
      enc(JSON.stringify({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, "x-data": Array.from({ length: 400_000 }, (_, i) => ({ id: i, name: "n" })) })),
    ];
    // Several at once, as from several users: each in its own worker, two at a time. Time limits
    // are generous where the refusal should come from something else (each waits its turn, and
    // its time limit starts with its check).
    const patient = { timeoutMs: 100_000 };
    const before = workers.started;
    const value = await Promise.all([
        refusal(checkInWorker(huge)),
        refusal(checkInWorker(bomb, {}, patient)),
        refusal(checkInWorker(deep, {}, patient)),
        refusal(checkInWorker(chain, {}, patient)),
        // Valid but slow to check: stopped by the time limit.
        refusal(checkInWorker(slow, {}, { timeoutMs: 300 })),
        // Valid but needing more memory than it is given: stopped by the heap limit.
        refusal(checkInWorker(bulky, {}, { maxOldGenerationSizeMb: 48, timeoutMs: 100_000 })),
        // …which is enough for a real spec.
        refusal(checkInWorker(readFileSync(path.join(SPECS, "dvla-vehicle-enquiry.yaml")), {}, { maxOldGenerationSizeMb: 48, timeoutMs: 100_000 })),
    ]);
    expect(value).toEqual(["too-large", "unsafe-yaml", "too-deep", "ref-chain-too-deep", "timeout", "too-large", "checked"]);
    // Every one but the first (refused by its length before any work) was checked off this
    // thread: the server's requests never wait on a spec's parsing.
    expect(workers.started - before).toBeGreaterThanOrEqual(6);
  }, 200_000);

  it("runs at most SPEC_CHECK_CONCURRENCY checks at once; the others wait their turn", async () => {
    process.env.SPEC_CHECK_CONCURRENCY = "1";
    // What each check finds beside and behind it as it gets its worker.
    const seen: { running: number; waiting: number }[] = [];
    const onStart = () => seen.push(checkQueue());
    queueEvents.on("started", onStart);
    try {
      const spec = enc(manyPaths(200));
      const results = await Promise.all([1, 2, 3].map(() => checkInWorker(spec, {}, { timeoutMs: 100_000 })));
      expect(results.map((r) => r.versionLabel)).toEqual(["OpenAPI 3.0.3", "OpenAPI 3.0.3", "OpenAPI 3.0.3"]);
      expect(seen).toEqual([
        { running: 1, waiting: 2 },
        { running: 1, waiting: 1 },
        { running: 1, waiting: 0 },
      ]);
      await new Promise((r) => setImmediate(r));
      expect(checkQueue()).toEqual({ running: 0, waiting: 0 });
    } finally {
      queueEvents.off("started", onStart);
      delete process.env.SPEC_CHECK_CONCURRENCY;
    }
  }, 60_000);

  describe("comparing with the API's previous version", () => {
    // A document with no $refs left unresolved is its own bundle.
    const before = manyPaths(40);
    const afterText = manyPaths(41);
    const expected = (bundledJson: string) => diffSpecs(JSON.parse(before), JSON.parse(bundledJson));

    // How many jobs got a worker for one upload.
    const jobsFor = async (text: string) => {
      let jobs = 0;
      const onStart = () => jobs++;
      queueEvents.on("started", onStart);
      try {
        return { result: await checkInWorker(enc(text), {}, {}, { compareWith: before }), jobs };
      } finally {
        queueEvents.off("started", onStart);
      }
    };

    it("compares a document in a second worker while the check runs, with the same changes as comparing the bundle", async () => {
      const { result, jobs } = await jobsFor(afterText);
      expect(jobs).toBe(2);
      expect(result.changes).toEqual(expected(result.bundledJson));
      expect(result.changes!.map((c) => c.kind)).toContain("path-added");
    });

    it("compares in the check's own worker when there is no second one to spare", async () => {
      process.env.SPEC_CHECK_CONCURRENCY = "1";
      try {
        const { result, jobs } = await jobsFor(afterText);
        expect(jobs).toBe(1);
        expect(result.changes).toEqual(expected(result.bundledJson));
      } finally {
        delete process.env.SPEC_CHECK_CONCURRENCY;
      }
    });

    it("compares the bundle itself when the check had to bundle the document into another", async () => {
      const unresolved = afterText.replace('"parameters":[{"name":"id"', '"parameters":[{"$ref":"#/components/parameters/missing"},{"name":"id"');
      expect(unresolved).not.toBe(afterText);
      const { result, jobs } = await jobsFor(unresolved);
      expect(result.rebundled).toBe(true);
      // The check, the comparison beside it (stopped or not needed), and the bundle's comparison.
      expect(jobs).toBe(3);
      expect(result.changes).toEqual(expected(result.bundledJson));
    });

    it("compares in the check's own worker when two share a big document's check", async () => {
      workers.jobs.length = 0;
      const result = await checkInWorker(enc(afterText), {}, {}, { compareWith: before, splitFrom: 0 });
      expect(workers.jobs.map((job) => job.task).sort()).toEqual(["check", "examples"]);
      expect(result.changes).toEqual(expected(result.bundledJson));
      expect(result.changes!.map((c) => c.kind)).toContain("path-added");
    });

    it("still refuses what the check refuses, and leaves no worker running", async () => {
      const err = await checkInWorker(enc(chainSpec(5_000)), {}, {}, { compareWith: before }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "ref-chain-too-deep" });
      await new Promise((r) => setImmediate(r));
      expect(checkQueue()).toEqual({ running: 0, waiting: 0 });
    });
  });

  it("says plainly when the check ran out of time", async () => {
    const err = await checkInWorker(enc(manyPaths(3_000)), {}, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).message).toMatch(/took too long/);
  });
});

describe("the server's callers check in the worker", () => {
  let database: TestDatabase;
  afterAll(() => database?.drop());

  it("attachSpec and checkPendingRevisions are bound by the worker's time limit", async () => {
    database = await createTestDatabase();
    const { db } = database;
    const people = await seedPublishing(db);
    const api = await db.api.create({ data: { slug: "vehicle-enquiry", name: "Vehicle Enquiry", organisationId: people.dvla.id } });
    const spec = readFileSync(path.join(SPECS, "dvla-vehicle-enquiry.yaml"));
    await db.$transaction((tx) => addSpecRevision(tx, { apiId: api.id, source: spec.toString("utf8"), contentHash: "seeded", arrivedVia: "seed" }));
    process.env.SPEC_TIMEOUT_MS = "1";
    try {
      expect(await attachSpec(db, people.dvlaPublisher, api.id, { bytes: spec, arrivedVia: "upload" })).toEqual({ ok: false, error: expect.stringMatching(/took too long/) });
      expect(await checkPendingRevisions(db)).toEqual({ checked: 0, refused: 1 });
      expect(await db.specRevision.findFirstOrThrow({ where: { apiId: api.id } })).toMatchObject({ status: "refused", error: expect.stringMatching(/took too long/) });
    } finally {
      delete process.env.SPEC_TIMEOUT_MS;
    }
  });
});

describe("workerResourceLimits", () => {
  it("gives a check a roomy young generation, bounded by the heap it is allowed", () => {
    expect(workerResourceLimits()).toEqual({ maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 256, stackSizeMb: 16 });
    // A small heap keeps a small young generation, so the memory limit still bites.
    expect(workerResourceLimits({ maxOldGenerationSizeMb: 48 })).toEqual({ maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8, stackSizeMb: 16 });
    expect(workerResourceLimits({ stackSizeMb: 4 }).stackSizeMb).toBe(4);
  });
});

describe("waiting for a turn", () => {
  it("gives up with a plain 'busy' error when no worker is free in time, and the queue moves on", async () => {
    process.env.SPEC_CHECK_CONCURRENCY = "1";
    process.env.SPEC_QUEUE_WAIT_MS = "200";
    try {
      const slow = checkInWorker(enc(manyPaths(2_000)), {}, { timeoutMs: 100_000 });
      // Had it waited for the slow one instead of giving up, it would have been checked.
      const err = await checkInWorker(enc(manyPaths(1)), {}, { timeoutMs: 100_000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IngestError);
      expect(err).toMatchObject({ code: "busy", message: expect.stringMatching(/^The catalogue is checking other OpenAPI descriptions just now\. Try again/) });
      expect((await slow).versionLabel).toBe("OpenAPI 3.0.3");
      // The one that gave up never ran, and held no slot.
      await new Promise((r) => setImmediate(r));
      expect(checkQueue()).toEqual({ running: 0, waiting: 0 });
    } finally {
      delete process.env.SPEC_CHECK_CONCURRENCY;
      delete process.env.SPEC_QUEUE_WAIT_MS;
    }
  }, 60_000);
});
