import { Worker } from "node:worker_threads";
import { IngestError, type IngestErrorCode } from "./errors";
import type { IngestOptions, IngestResult } from "./ingest";

export type WorkerLimits = {
  /** Wall-clock limit; default env SPEC_TIMEOUT_MS or 30 s. */
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
  /** Redocly's walker recurses per $ref hop and nesting level: give it room. */
  stackSizeMb?: number;
};

type Reply =
  | { ok: true; result: IngestResult }
  | { ok: false; error: { code: IngestErrorCode; message: string; line?: number; column?: number } };

function timeoutMs(override?: number): number {
  if (override !== undefined && override > 0) return override;
  const env = Number(process.env.SPEC_TIMEOUT_MS);
  return Number.isFinite(env) && env > 0 ? env : 30_000;
}

/**
 * ingestSpec off the request thread, with memory, stack and time limits, so one huge or
 * hostile spec cannot stall or crash the server. Same result or IngestError as ingestSpec.
 *
 * NOTE: the worker entry is TypeScript. Under vitest/tsx it is run with tsx's loader; a
 * production Next build must bundle `ingest.worker.ts` (new URL(..., import.meta.url) is the
 * pattern bundlers recognise) — not yet verified with `next build`.
 */
export function ingestInWorker(
  bytes: Uint8Array,
  options: Omit<IngestOptions, "plugins"> = {},
  limits: WorkerLimits = {},
): Promise<IngestResult> {
  const url = new URL("./ingest.worker.ts", import.meta.url);
  return new Promise((resolve, reject) => {
    // Un-bundled (vitest, tsx scripts) the entry is a .ts file: register tsx inside the
    // worker first. Bundled, the URL points at compiled JS and is started directly.
    const isTs = url.pathname.endsWith(".ts");
    const bootstrap = `import("tsx/esm/api").then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
    const worker = new Worker(isTs ? bootstrap : url, {
      eval: isTs,
      workerData: { bytes, options },
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? 512,
        stackSizeMb: limits.stackSizeMb ?? 16,
      },
    });
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
      timeoutMs(limits.timeoutMs),
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
