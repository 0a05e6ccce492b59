import { Worker } from "node:worker_threads";
import type { LayoutInput, Positions } from "./layout";

function startWorker(): Worker {
  // As lib/openapi/worker.ts: Next's bundler compiles the literal `new URL(…)` entry into a worker
  // chunk; run from source (vitest, tsx: no NEXT_RUNTIME) the worker registers tsx first.
  if (!process.env.NEXT_RUNTIME) {
    const entry = JSON.stringify(import.meta.url.replace(/[^/]+$/, "layout.worker.ts"));
    return new Worker(`import("tsx/esm/api").then((m) => m.tsImport(${entry}, ${entry}))`, { eval: true });
  }
  return new Worker(new URL("./layout.worker.ts", import.meta.url));
}

/** Lays out the estate in a thread of its own, so no request waits behind it. */
export function layoutInWorker(input: LayoutInput): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.once("message", (reply: { ok: true; positions: Positions } | { ok: false; message: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.positions);
      else reject(new Error(`Could not lay out the estate: ${reply.message}`));
    });
    worker.once("error", (e) => reject(e));
    worker.once("exit", (code) => reject(new Error(`The layout worker stopped (code ${code}) before it answered`)));
    worker.postMessage(input);
  });
}
