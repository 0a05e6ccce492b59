// Worker-thread entry: checks one spec (checkSpec: ingest, GDS rules, score) and posts the
// result, or a plain error, back. The GDS plugin is created here, inside the worker: Redocly
// plugins hold functions, which cannot be posted between threads.
import { parentPort, workerData } from "node:worker_threads";
import { checkSpec } from "./check";
import { IngestError } from "./errors";

const { bytes, options } = workerData as { bytes: Uint8Array; options: Parameters<typeof checkSpec>[1] };

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
