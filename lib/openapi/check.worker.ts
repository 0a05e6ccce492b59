// Worker-thread entry: runs one job — checking a spec (checkSpec: ingest, GDS rules, score, and
// a comparison with the previous version when asked), or only its example rules (beside a check
// of the rest in another worker), or working out a bundle's documentation as
// the API page renders it (prepareDocumentation) — and posts the result, or a plain error, back
// (./worker.ts words an unexpected one for the job). Comparisons alone run in ./compare.worker.ts.
// The GDS plugin is created here, inside the worker: Redocly plugins hold functions, which
// cannot be posted between threads.
import { checkKeepingBundle, checkSpec, type CheckOptions, type CheckResult } from "./check";
import { diffSpecs, type Change } from "./diff";
import { prepareDocumentation } from "./documentation/prepare";
import { exampleProblems } from "./ingest";
import type { PhaseClock } from "./phases";
import { answerOneJob } from "./worker-reply";

/**
 * `compareWith`: the API's previous version (its bundle as JSON text), to compare the checked one
 * with. `textThere`: the caller decodes the text itself, so it is not copied back.
 */
export type WorkerJob =
  | { task: "check"; bytes: Uint8Array; options: CheckOptions; compareWith?: string; textThere?: boolean }
  | { task: "diff"; before: string; after: string }
  /** An uploaded document (not an archive) as its check will parse it, compared with `before`. */
  | { task: "compare-upload"; bytes: Uint8Array; options: CheckOptions; before: string }
  | { task: "documentation"; bundled: string }
  /** The example rules' problems alone (see LintPart), while another worker checks the same document with the rest. */
  | { task: "examples"; bytes: Uint8Array; options: CheckOptions };

/** A check, and what changed since the previous version when the job gave one. */
export type CheckedAndCompared = CheckResult & { changes?: Change[] };

// A worker is started before it is needed and waits for its job (./worker.ts): meanwhile,
// checking a tiny spec loads every part of the checker that Redocly only loads on first use.
const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
const warm = checkSpec(tiny)
  .then(() => exampleProblems(tiny))
  .catch(() => undefined);

// With no second worker free beside the check (./worker.ts), it compares here, once it has the
// bundle, rather than wait for the check to end and hand both documents to another.
async function checkAndCompare(job: Extract<WorkerJob, { task: "check" }>, clock: PhaseClock): Promise<CheckedAndCompared> {
  const { checked, bundled } = await checkKeepingBundle(job.bytes, job.options, clock);
  const result = job.textThere ? { ...checked, text: "" } : checked;
  if (job.compareWith === undefined) return result;
  clock.enter("compare");
  const changes = diffSpecs(JSON.parse(job.compareWith), bundled);
  clock.enter(undefined);
  return { ...result, changes };
}

/** The jobs this entry runs. */
export type CheckingJob = Extract<WorkerJob, { task: "check" | "documentation" | "examples" }>;

const run = async (job: CheckingJob, clock: PhaseClock) =>
  job.task === "documentation"
    ? prepareDocumentation(job.bundled)
    : job.task === "examples"
      ? exampleProblems(job.bytes, job.options)
      : checkAndCompare(job, clock);

answerOneJob(run, warm);
