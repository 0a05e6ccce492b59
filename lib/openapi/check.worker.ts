// Worker-thread entry: runs one job — checking a spec (checkSpec: ingest, GDS rules, score),
// comparing two bundled documents (diffSpecs), comparing an upload with the API's previous
// version while another worker checks it, or working out a bundle's documentation as the API
// page renders it (prepareDocumentation) — and posts the result, or a plain error, back
// (./worker.ts words an unexpected one for the job).
// The GDS plugin is created here, inside the worker: Redocly plugins hold functions, which
// cannot be posted between threads.
import { parentPort } from "node:worker_threads";
import { checkKeepingBundle, checkSpec, type CheckOptions, type CheckResult } from "./check";
import { decodeSpec } from "./decode";
import { diffSpecs, type Change } from "./diff";
import { prepareDocumentation } from "./documentation/prepare";
import { IngestError } from "./errors";
import { parseSpec } from "./parse";
import { PhaseClock } from "./phases";

/**
 * `compareWith`: the API's previous version (its bundle as JSON text), to compare the checked one
 * with. `textThere`: the caller decodes the text itself, so it is not copied back.
 */
export type WorkerJob =
  | { task: "check"; bytes: Uint8Array; options: CheckOptions; compareWith?: string; textThere?: boolean }
  | { task: "diff"; before: string; after: string }
  /** An uploaded document (not an archive) as its check will parse it, compared with `before`. */
  | { task: "compare-upload"; bytes: Uint8Array; options: CheckOptions; before: string }
  | { task: "documentation"; bundled: string };

/** A check, and what changed since the previous version when the job gave one. */
export type CheckedAndCompared = CheckResult & { changes?: Change[] };

// A worker is started before it is needed and waits for its job (./worker.ts): meanwhile,
// checking a tiny spec loads every part of the checker that Redocly only loads on first use.
const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
const warm = checkSpec(tiny).catch(() => undefined);

// Comparing here, once the check has the bundle, spares the server a second worker to start and
// wait for, and handing both documents over again.
async function checkAndCompare(job: Extract<WorkerJob, { task: "check" }>, clock: PhaseClock): Promise<CheckedAndCompared> {
  const { checked, bundled } = await checkKeepingBundle(job.bytes, job.options, clock);
  const result = job.textThere ? { ...checked, text: "" } : checked;
  if (job.compareWith === undefined) return result;
  clock.enter("compare");
  const changes = diffSpecs(JSON.parse(job.compareWith), bundled);
  clock.enter(undefined);
  return { ...result, changes };
}

const run = async (job: WorkerJob, clock: PhaseClock) => {
  if (job.task === "diff") return diffSpecs(JSON.parse(job.before), JSON.parse(job.after));
  if (job.task === "documentation") return prepareDocumentation(job.bundled);
  if (job.task === "compare-upload") return diffSpecs(JSON.parse(job.before), parseSpec(decodeSpec(job.bytes, job.options), job.options).data);
  return checkAndCompare(job, clock);
};

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
