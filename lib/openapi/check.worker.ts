// Worker-thread entry: runs one job — checking a spec (checkSpec: ingest, GDS rules, score) or
// comparing two bundled documents (diffSpecs) — and posts the result, or a plain error, back
// (./worker.ts words an unexpected one for the job).
// The GDS plugin is created here, inside the worker: Redocly plugins hold functions, which
// cannot be posted between threads.
import { parentPort } from "node:worker_threads";
import { checkSpec, type CheckOptions } from "./check";
import { diffSpecs } from "./diff";
import { IngestError } from "./errors";
import { PhaseClock } from "./phases";

export type WorkerJob = { task: "check"; bytes: Uint8Array; options: CheckOptions } | { task: "diff"; before: string; after: string };

// A worker is started before it is needed and waits for its job (./worker.ts): meanwhile,
// checking a tiny spec loads every part of the checker that Redocly only loads on first use.
const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
const warm = checkSpec(tiny).catch(() => undefined);

const run = async (job: WorkerJob, clock: PhaseClock) => (job.task === "diff" ? diffSpecs(JSON.parse(job.before), JSON.parse(job.after)) : checkSpec(job.bytes, job.options, clock));

parentPort?.once("message", async (job: WorkerJob) => {
  // Where the check's time went goes back with its result (a few numbers): see ./phases.ts.
  const clock = new PhaseClock();
  clock.enter("queue");
  await warm;
  run(job, clock).then(
    (result) => parentPort?.postMessage({ ok: true, result, phases: Object.fromEntries(clock.totals) }),
    (e: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error:
          e instanceof IngestError
            ? { code: e.code, message: e.message, ...e.details }
            : { code: "internal", message: (e as Error)?.message ?? String(e) },
      }),
  );
});
