/**
 * What the browser does to a stored bundle before Redoc renders it. The bundle keeps any `$ref`
 * our resolver refused (a URL, a file) or could not find. Redoc would try to fetch the first kind
 * from the reader's browser and fails on the second, so each becomes an empty schema that says
 * why. The document is changed in place: it is freshly parsed and can be many megabytes.
 */
import { atPointer } from "./diff/pointer";

export const UNRESOLVED_REF = "Not shown: this part of the description refers to something outside it, or to nothing.";

type Node = Record<string, unknown> | unknown[];

// JSON has no undefined values: a node that is undefined is one that is not there.
const resolves = (doc: unknown, ref: string): boolean => ref.startsWith("#") && atPointer(doc, ref.slice(1)) !== undefined;

export function withResolvableRefsOnly<T>(doc: T): T {
  // A stack, not recursion: depth is bounded by ingest, but this costs nothing.
  const stack: Node[] = doc !== null && typeof doc === "object" ? [doc as Node] : [];
  while (stack.length) {
    const node = stack.pop()!;
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== "object") continue;
      const ref = (value as Record<string, unknown>).$ref;
      if (!Array.isArray(value) && ref !== undefined) {
        if (typeof ref !== "string" || !resolves(doc, ref)) {
          (node as Record<string, unknown>)[key] = { description: UNRESOLVED_REF };
          continue;
        }
      }
      stack.push(value as Node);
    }
  }
  return doc;
}
