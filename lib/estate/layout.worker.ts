// Worker-thread entry: lays out the estate (ForceAtlas2, seconds of work at government scale)
// off the thread that answers requests, and posts the positions back.
import { parentPort } from "node:worker_threads";
import { computeLayout, type LayoutInput } from "./layout";

parentPort?.once("message", (input: LayoutInput) => {
  try {
    parentPort?.postMessage({ ok: true, positions: computeLayout(input) });
  } catch (e) {
    parentPort?.postMessage({ ok: false, message: (e as Error)?.message ?? String(e) });
  }
});
