// How a worker-thread entry answers its one job (./check.worker.ts, ./compare.worker.ts): the
// result, with where its time went (./phases.ts), or a plain error that ./worker.ts words for
// the job when it is not one of ours.
import { parentPort } from "node:worker_threads";
import { IngestError } from "./errors";
import { PhaseClock } from "./phases";

export function answerOneJob<J>(run: (job: J, clock: PhaseClock) => Promise<unknown>, ready: Promise<unknown> = Promise.resolve()): void {
  parentPort?.once("message", async (job: J) => {
    const clock = new PhaseClock();
    clock.enter("queue");
    await ready;
    run(job, clock).then(
      (result) => parentPort?.postMessage({ ok: true, result, phases: Object.fromEntries(clock.totals) }),
      (e: unknown) =>
        parentPort?.postMessage({
          ok: false,
          error: e instanceof IngestError ? { code: e.code, message: e.message, ...e.details } : { code: "internal", message: (e as Error)?.message ?? String(e) },
        }),
    );
  });
}
