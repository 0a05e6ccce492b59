// Worker-thread entry: checks one spec (checkSpec: ingest, GDS rules, score) and posts the
// result, or a plain error, back. The GDS plugin is created here, inside the worker: Redocly
// plugins hold functions, which cannot be posted between threads.
import { parentPort } from "node:worker_threads";
import { checkSpec, type CheckOptions } from "./check";
import { IngestError } from "./errors";

// A worker is started before it is needed and waits for its spec (./worker.ts): meanwhile,
// checking a tiny spec loads every part of the checker that Redocly only loads on first use.
const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
const warm = checkSpec(tiny).catch(() => undefined);

parentPort?.once("message", async ({ bytes, options }: { bytes: Uint8Array; options: CheckOptions }) => {
  await warm;
  checkSpec(bytes, options).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error:
          e instanceof IngestError
            ? { code: e.code, message: e.message, line: e.line, column: e.column }
            : { code: "internal", message: `The spec could not be checked: ${(e as Error)?.message ?? String(e)}` },
      }),
  );
});
