import { EventEmitter } from "node:events";
import { Worker, type ResourceLimits } from "node:worker_threads";
import pLimit, { type LimitFunction } from "p-limit";
import type { CheckOptions } from "./check";
import type { CheckedAndCompared, WorkerJob } from "./check.worker";
import { isZip } from "./archive";
import { decodeSpec, maxBytes } from "./decode";
import type { Change } from "./diff";
import { IngestError, type IngestErrorCode, type IngestErrorDetails } from "./errors";
import { byPosition, type LintProblem } from "./lint-problem";
import type { Phase, PhaseClock } from "./phases";

export type WorkerLimits = {
  /** Wall-clock limit; default env SPEC_TIMEOUT_MS or 30 s. */
  timeoutMs?: number;
  /** Heap limit; default env SPEC_MEMORY_MB or 1,536 MB (checking the 13 MB GitHub REST spec takes about 500 MB). */
  maxOldGenerationSizeMb?: number;
  /** Redocly's walker recurses per $ref hop and nesting level: give it room. */
  stackSizeMb?: number;
};

type Reply<T> =
  /** `phases`: where a check's time went in the worker, in milliseconds. */
  | { ok: true; result: T; phases?: Partial<Record<Phase, number>> }
  | { ok: false; error: { code: IngestErrorCode; message: string } & IngestErrorDetails };

function fromEnv(override: number | undefined, name: string, fallback: number): number {
  if (override !== undefined && override > 0) return override;
  const env = Number(process.env[name]);
  return Number.isFinite(env) && env > 0 ? env : fallback;
}

/** Which entry a job runs in: the checker (./check.worker.ts), or the comparison alone (./compare.worker.ts), which starts far sooner. */
type Entry = "check" | "compare";
const entryOf = (job: WorkerJob): Entry => (job.task === "diff" || job.task === "compare-upload" ? "compare" : "check");

function startWorker(resourceLimits: ResourceLimits, entry: Entry = "check"): Worker {
  // Next's bundler sees the literal `new Worker(new URL(…, import.meta.url))` below, compiles the
  // entry and its imports into a worker chunk of their own, and rewrites the call to start it.
  // Run from source (vitest, tsx scripts: no NEXT_RUNTIME) there is no bundle: the worker
  // registers tsx, then imports the TypeScript entry beside this file. (A bundle keeps
  // import.meta.url pointing at the .ts source, so that cannot tell the two apart.)
  let worker: Worker;
  if (!process.env.NEXT_RUNTIME) {
    const file = JSON.stringify(import.meta.url.replace(/[^/]+$/, `${entry}.worker.ts`));
    const bootstrap = `import("tsx/esm/api").then((m) => m.tsImport(${file}, ${file}))`;
    worker = new Worker(bootstrap, { eval: true, resourceLimits });
  } else if (entry === "compare") {
    worker = new Worker(new URL("./compare.worker.ts", import.meta.url), { resourceLimits });
  } else {
    worker = new Worker(new URL("./check.worker.ts", import.meta.url), { resourceLimits });
  }
  // An error while idle must not become an uncaught 'error' event here; a check listens itself.
  worker.on("error", () => undefined);
  return worker;
}

/**
 * A check allocates short-lived objects by the million (Redocly's walk, Ajv's example
 * validators): a young generation of up to a sixth of the heap (at most 256 MB) means far
 * fewer collections, about a fifth off checking the GitHub REST spec (bench/ingest).
 */
export function workerResourceLimits(limits: Pick<WorkerLimits, "maxOldGenerationSizeMb" | "stackSizeMb"> = {}): ResourceLimits {
  const old = fromEnv(limits.maxOldGenerationSizeMb, "SPEC_MEMORY_MB", 1536);
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: Math.min(256, Math.floor(old / 6)), stackSizeMb: limits.stackSizeMb ?? 16 };
}

// Starting a thread and loading the checker takes a second or more, so two workers are kept
// started, loaded and idle for the next check (two: a big spec's check takes two at once, see
// checkInWorker; unref'd: they never keep the process alive). Each check still has workers of its
// own, used once and then stopped.
const SPARES = 2;
const spares: Worker[] = [];

// The next ones start a moment after a job ends, not at once, and not while another job runs:
// loading one takes a second of CPU, which would compete with the caller storing what the check
// found, or with a check still running (on two cores, bench/ingest).
const SPARE_AFTER_MS = 1000;

function prepareSpare() {
  if (checks.activeCount > 0) return;
  while (spares.length < SPARES) {
    const worker = startWorker(workerResourceLimits());
    worker.unref();
    worker.once("exit", () => {
      const at = spares.indexOf(worker);
      if (at >= 0) spares.splice(at, 1);
    });
    spares.push(worker);
  }
}

function takeWorker(limits: WorkerLimits, entry: Entry): Worker {
  if (entry === "compare" || limits.maxOldGenerationSizeMb !== undefined || limits.stackSizeMb !== undefined) return startWorker(workerResourceLimits(limits), entry);
  const worker = spares.shift() ?? startWorker(workerResourceLimits());
  worker.ref();
  return worker;
}

// Each job (a check, or a comparison of two large versions) may use a core and up to
// SPEC_MEMORY_MB: so that many uploads at once cannot exhaust the machine, an app instance runs
// at most SPEC_CHECK_CONCURRENCY (default 2) at a time; the others wait their turn, and their
// time limit starts when their job does.
const checks = pLimit(2);

/**
 * Whose job it is: "publishing" for a publisher's upload or a fetch of a spec's web address (its
 * check, and the comparison with the API's previous version that is stored with it);
 * "comparing" for anyone, signed in or not, comparing two versions they chose.
 */
export type Lane = "publishing" | "comparing";

// Anyone can ask for comparisons, as many as they like: they queue in a lane of their own, at
// most SPEC_COMPARE_CONCURRENCY (default 1) at a time per instance, before any of them may take a
// worker. However many there are, they hold at most that many of the workers, so a publisher's
// check finds one free (or waits only for other publishers' work).
const comparisons = pLimit(1);

const LANES: Record<Lane, { waitEnv: string; waitMs: number; busy: string }> = {
  publishing: { waitEnv: "SPEC_QUEUE_WAIT_MS", waitMs: 60_000, busy: "The catalogue is checking other OpenAPI descriptions just now. Try again in a few minutes." },
  comparing: { waitEnv: "SPEC_COMPARE_WAIT_MS", waitMs: 10_000, busy: "The catalogue is busy comparing other versions just now. Try again in a minute." },
};

/** How many jobs this app instance's workers are running, and how many are waiting for a turn. */
export function checkQueue(): { running: number; waiting: number } {
  return { running: checks.activeCount, waiting: checks.pendingCount };
}

/**
 * Emits "queued" (with the job's lane) as a job joins the workers' queue, and "started" as it
 * gets a worker: checkQueue() then says what it waits behind, or what runs beside it.
 */
export const queueEvents = new EventEmitter();

/**
 * checkSpec off the request thread, with memory, stack and time limits, so one huge or hostile
 * spec cannot stall or crash the server: same result, or the same IngestError, as checkSpec.
 * Each check gets fresh workers, so nothing one spec leaves behind can affect the next; the
 * next ones are prepared soon after a check ends, so they start their work at once. `compareWith`:
 * the API's previous version (its bundle as JSON text), compared with the checked one
 * (`changes`); `clock`: where the time went; `splitFrom`: the size from which a document's check
 * is shared by two workers when two are free (default env SPEC_SPLIT_FROM_BYTES or 1 MB).
 */
export async function checkInWorker(
  bytes: Uint8Array,
  options: CheckOptions = {},
  limits: WorkerLimits = {},
  { compareWith, clock, splitFrom }: { compareWith?: string; clock?: PhaseClock; splitFrom?: number } = {},
): Promise<CheckedAndCompared> {
  // Too large is known from the length alone: refused here (decodeSpec checks the size before
  // decoding anything), without copying the bytes to a worker or waiting for a turn.
  if (bytes.byteLength > maxBytes(options.maxBytes)) decodeSpec(bytes, options);
  clock?.enter("queue");
  // A single document's text is decoded here while the worker checks it (the same decodeSpec)
  // rather than copied back: 13 MB for the GitHub spec.
  const single = !isZip(bytes);
  let text = "";
  const decodeMeanwhile = () => {
    try {
      text = decodeSpec(bytes, options);
    } catch {
      // Not text: the worker's answer says why.
    }
  };
  // With a worker free beside the check's, a big single document's example rules are checked in
  // it (LintPart) while the check's worker walks it with the rest and compares it with the
  // previous version; a smaller one with a previous version is compared in it while it is checked.
  checks.concurrency = checkConcurrency();
  const besideFree = single && checks.activeCount + checks.pendingCount + 2 <= checks.concurrency;
  const split = besideFree && bytes.byteLength >= (splitFrom ?? fromEnv(undefined, "SPEC_SPLIT_FROM_BYTES", 1_000_000));
  const twin = besideFree && !split && compareWith !== undefined;
  const job: WorkerJob = { task: "check", bytes, options: split ? { ...options, part: "rest" } : options, compareWith: twin ? undefined : compareWith, textThere: single };
  const checking = inTurn(() => runInWorker<CheckedAndCompared>(job, limits, CHECKING, clock, single ? decodeMeanwhile : undefined), "publishing");
  const cancel = new AbortController();
  const beside = <T>(job: WorkerJob, wording: Wording) => inTurn(() => runInWorker<T>(job, limits, wording, undefined, undefined, cancel.signal), "publishing");
  const examples = split ? beside<LintProblem[]>({ task: "examples", bytes, options }, CHECKING) : undefined;
  // Awaited once the check is done: until then, a refusal must not count as unhandled.
  examples?.catch(() => undefined);
  const comparing = twin ? beside<Change[]>({ task: "compare-upload", bytes, options, before: compareWith }, COMPARING).catch(() => undefined) : undefined;
  let result: CheckedAndCompared;
  try {
    result = await checking;
  } catch (e) {
    cancel.abort();
    throw e;
  }
  if (examples) {
    clock?.enter("lint");
    const found = await examples;
    clock?.enter(undefined);
    result = { ...result, problems: [...result.problems, ...found].sort(byPosition) };
  }
  if (twin) {
    clock?.enter("compare");
    // The twin parsed the text as it arrived: if the check had to bundle it into another document
    // (unresolvable $refs), or the twin failed, the bundle itself is compared, here and now.
    if (result.rebundled) cancel.abort();
    const changes = (result.rebundled ? undefined : await comparing) ?? (await diffInWorker(compareWith, result.bundledJson, limits));
    clock?.enter(undefined);
    result = { ...result, changes };
  }
  return single ? { ...result, text } : result;
}

/**
 * diffSpecs of two bundled documents (JSON text) off the request thread, under the same limits
 * and in the same queue as checks: parsing and comparing two large specs takes most of a second.
 */
export async function diffInWorker(before: string, after: string, limits: WorkerLimits = {}, lane: Lane = "publishing"): Promise<Change[]> {
  return inTurn(() => runInWorker<Change[]>({ task: "diff", before, after }, limits, COMPARING), lane);
}

/**
 * A revision's documentation as the API page renders it (./documentation), from its bundle, off
 * the request thread: the GitHub REST API's takes a second or two. It is one job per stored
 * revision, worked out for its first view, so it waits in the publishing lane.
 */
export async function documentInWorker(bundled: string, limits: WorkerLimits = {}): Promise<string[]> {
  return inTurn(() => runInWorker<string[]>({ task: "documentation", bundled }, limits, DOCUMENTING), "publishing");
}

/**
 * Runs a comparison someone asked for in the comparisons' lane: it waits at most
 * SPEC_COMPARE_WAIT_MS (default 10 s) for its turn, then gives up with a "busy, try again" IngestError.
 */
export function asComparison<T>(job: () => Promise<T>): Promise<T> {
  comparisons.concurrency = fromEnv(undefined, "SPEC_COMPARE_CONCURRENCY", 1);
  return waitForTurn(comparisons, "comparing", job);
}

const checkConcurrency = () => fromEnv(undefined, "SPEC_CHECK_CONCURRENCY", 2);

function inTurn<T>(job: () => Promise<T>, lane: Lane): Promise<T> {
  checks.concurrency = checkConcurrency();
  const turn = waitForTurn(checks, lane, () => {
    queueEvents.emit("started", lane);
    return job();
  });
  queueEvents.emit("queued", lane);
  return turn;
}

/**
 * Runs `job` when `limit` has a slot free. One that has not started within its lane's wait
 * (SPEC_QUEUE_WAIT_MS, default a minute, for publishing) gives up with a "busy" IngestError,
 * rather than keep its caller waiting.
 */
function waitForTurn<T>(limit: LimitFunction, lane: Lane, job: () => Promise<T>): Promise<T> {
  const { waitEnv, waitMs, busy } = LANES[lane];
  return new Promise<T>((resolve, reject) => {
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      reject(new IngestError("busy", busy));
    }, fromEnv(undefined, waitEnv, waitMs));
    limit(async () => {
      clearTimeout(timer);
      // Its caller has had its answer: the slot passes straight on.
      return gaveUp ? undefined : job();
    }).then(
      (result) => {
        if (!gaveUp) resolve(result as T);
      },
      (error: unknown) => {
        if (!gaveUp) reject(error);
      },
    );
  });
}

/** What to tell people when a job runs out of time or memory. */
type Wording = { timeout: string; memory: string; failed: string };
const CHECKING: Wording = {
  timeout: "The spec took too long to check. Try a smaller spec, or split it.",
  memory: "The spec needed too much memory to check.",
  failed: "The spec could not be checked",
};
const DOCUMENTING: Wording = {
  timeout: "The documentation took too long to work out.",
  memory: "Working out the documentation needed too much memory.",
  failed: "The documentation could not be worked out",
};
const COMPARING: Wording = {
  timeout: "The two versions took too long to compare.",
  memory: "Comparing the two versions needed too much memory.",
  failed: "The two versions could not be compared",
};

/**
 * The worker's phases onto the caller's clock; what the round trip took beyond them is handing
 * the job over and the result back (copying megabytes of text between threads).
 */
function addPhases(clock: PhaseClock, phases: Partial<Record<Phase, number>>, roundTrip: number) {
  let inWorker = 0;
  for (const [phase, ms] of Object.entries(phases) as [Phase, number][]) {
    clock.add(phase, ms);
    inWorker += ms;
  }
  clock.add("hand-back", roundTrip - inWorker);
}

/** `meanwhile`: work of the caller's own, done while the worker works; `signal`: stops the worker when its answer is no longer wanted. */
function runInWorker<T>(job: WorkerJob, limits: WorkerLimits, wording: Wording, clock?: PhaseClock, meanwhile?: () => void, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new IngestError("internal", `${wording.failed}: no longer needed.`));
    clock?.enter(undefined);
    const started = performance.now();
    const worker = takeWorker(limits, entryOf(job));
    worker.postMessage(job);
    meanwhile?.();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      setTimeout(prepareSpare, SPARE_AFTER_MS).unref();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new IngestError("timeout", wording.timeout))), fromEnv(limits.timeoutMs, "SPEC_TIMEOUT_MS", 30_000));
    signal?.addEventListener("abort", () => finish(() => reject(new IngestError("internal", `${wording.failed}: no longer needed.`))), { once: true });
    worker.once("message", (reply: Reply<T>) =>
      finish(() => {
        if (reply.ok) {
          if (clock && reply.phases) addPhases(clock, reply.phases, performance.now() - started);
          return resolve(reply.result);
        }
        const { code, message, ...details } = reply.error;
        reject(new IngestError(code, code === "internal" ? `${wording.failed}: ${message}` : message, details));
      }),
    );
    worker.once("error", (e) =>
      finish(() =>
        reject(
          /memory|heap/i.test(e.message) || (e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new IngestError("too-large", wording.memory)
            : new IngestError("internal", `${wording.failed}: ${e.message}`),
        ),
      ),
    );
    worker.once("exit", (code) => finish(() => reject(new IngestError("internal", `${wording.failed}: the worker stopped unexpectedly (exit ${code}).`))));
  });
}
