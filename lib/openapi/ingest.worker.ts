// Worker-thread entry: runs one ingest and posts the result (or a plain error) back.
import { parentPort, workerData } from "node:worker_threads";
import { IngestError } from "./errors";
import { ingestSpec, type IngestOptions } from "./ingest";

const { bytes, options } = workerData as { bytes: Uint8Array; options: IngestOptions };

ingestSpec(bytes, options).then(
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
