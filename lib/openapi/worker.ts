import { Worker, type ResourceLimits } from "node:worker_threads";
import type { CheckOptions, CheckResult } from "./check";
import { decodeSpec, maxBytes } from "./decode";
import { IngestError, type IngestErrorCode } from "./errors";

export type WorkerLimits = {
  /** Wall-clock limit; default env SPEC_TIMEOUT_MS or 30 s. */
  timeoutMs?: number;
  /** Heap limit; default env SPEC_MEMORY_MB or 1,536 MB (the 13 MB GitHub REST spec needs about 1 GB). */
  maxOldGenerationSizeMb?: number;
  /** Redocly's walker recurses per $ref hop and nesting level: give it room. */
  stackSizeMb?: number;
};

type Reply =
  | { ok: true; result: CheckResult }
  | { ok: false; error: { code: IngestErrorCode; message: string; line?: number; column?: number } };

function fromEnv(override: number | undefined, name: string, fallback: number): number {
  if (override !== undefined && override > 0) return override;
  const env = Number(process.env[name]);
  return Number.isFinite(env) && env > 0 ? env : fallback;
}

function startWorker(workerData: unknown, resourceLimits: ResourceLimits): Worker {
  // Next's bundler sees the literal `new Worker(new URL(…, import.meta.url))` below, compiles the
  // entry and its imports into a worker chunk of their own, and rewrites the call to start it.
  // Run from source (vitest, tsx scripts: no NEXT_RUNTIME) there is no bundle: the worker
  // registers tsx, then imports the TypeScript entry beside this file. (A bundle keeps
  // import.meta.url pointing at the .ts source, so that cannot tell the two apart.)
  if (!process.env.NEXT_RUNTIME) {
    const entry = JSON.stringify(import.meta.url.replace(/[^/]+$/, "check.worker.ts"));
    const bootstrap = `import("tsx/esm/api").then((m) => m.tsImport(${entry}, ${entry}))`;
    return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
  }
  return new Worker(new URL("./check.worker.ts", import.meta.url), { workerData, resourceLimits });
}

/**
 * checkSpec off the request thread, with memory, stack and time limits, so one huge or hostile
 * spec cannot stall or crash the server: same result, or the same IngestError, as checkSpec.
 * Each check gets a fresh worker, so nothing one spec leaves behind can affect the next.
 */
export function checkInWorker(bytes: Uint8Array, options: CheckOptions = {}, limits: WorkerLimits = {}): Promise<CheckResult> {
  // Too large is known from the length alone: refused here (decodeSpec checks the size before
  // decoding anything), without copying the bytes to a worker.
  if (bytes.byteLength > maxBytes(options.maxBytes)) {
    try {
      decodeSpec(bytes, options);
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return new Promise((resolve, reject) => {
    const worker = startWorker(
      { bytes, options },
      {
        maxOldGenerationSizeMb: fromEnv(limits.maxOldGenerationSizeMb, "SPEC_MEMORY_MB", 1536),
        stackSizeMb: limits.stackSizeMb ?? 16,
      },
    );
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new IngestError("timeout", "The spec took too long to check. Try a smaller spec, or split it."))),
      fromEnv(limits.timeoutMs, "SPEC_TIMEOUT_MS", 30_000),
    );
    worker.once("message", (reply: Reply) =>
      finish(() =>
        reply.ok
          ? resolve(reply.result)
          : reject(new IngestError(reply.error.code, reply.error.message, { line: reply.error.line, column: reply.error.column })),
      ),
    );
    worker.once("error", (e) =>
      finish(() =>
        reject(
          /memory|heap/i.test(e.message) || (e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new IngestError("too-large", "The spec needed too much memory to check.")
            : new IngestError("internal", `The spec could not be checked: ${e.message}`),
        ),
      ),
    );
    worker.once("exit", (code) => finish(() => reject(new IngestError("internal", `The spec checker stopped unexpectedly (exit ${code}).`))));
  });
}
