import { diffSpecs, type Change } from "./diff";
import { diffInWorker, type Lane } from "./worker";

/** Bundled documents this long (both together, in characters of JSON) are compared in a worker. */
export const IN_WORKER_FROM = 1_000_000;

/**
 * What changed between two bundled documents (JSON text). Small ones are compared here at once
 * (a worker would only add its start-up); large ones, which take the best part of a second to
 * parse and compare, in a worker thread, so other requests are not kept waiting.
 */
export async function diffBundled(before: string, after: string, lane: Lane = "publishing"): Promise<Change[]> {
  if (before.length + after.length < IN_WORKER_FROM) return diffSpecs(JSON.parse(before), JSON.parse(after));
  return diffInWorker(before, after, {}, lane);
}
