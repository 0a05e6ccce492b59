// Worker-thread entry: runs one job — checking a spec (checkSpec: ingest, GDS rules, score),
// comparing two bundled documents (diffSpecs) or working out a bundle's documentation as the API
// page renders it (prepareDocumentation) — and posts the result, or a plain error, back
// (./worker.ts words an unexpected one for the job).
// The GDS plugin is created here, inside the worker: Redocly plugins hold functions, which
// cannot be posted between threads.
import { parentPort } from "node:worker_threads";
import { checkSpec, type CheckOptions } from "./check";
import { diffSpecs } from "./diff";
import { prepareDocumentation } from "./documentation/prepare";
import { IngestError } from "./errors";

export type WorkerJob =
  | { task: "check"; bytes: Uint8Array; options: CheckOptions }
  | { task: "diff"; before: string; after: string }
  | { task: "documentation"; bundled: string };

// A worker is started before it is needed and waits for its job (./worker.ts): meanwhile,
// checking a tiny spec loads every part of the checker that Redocly only loads on first use.
const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
const warm = checkSpec(tiny).catch(() => undefined);

const run = async (job: WorkerJob) => {
  if (job.task === "diff") return diffSpecs(JSON.parse(job.before), JSON.parse(job.after));
  if (job.task === "documentation") return prepareDocumentation(job.bundled);
  return checkSpec(job.bytes, job.options);
};

parentPort?.once("message", async (job: WorkerJob) => {
  await warm;
  run(job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
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
