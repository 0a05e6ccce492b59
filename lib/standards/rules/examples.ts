import { defineRule, isObj, type Finding } from "../types";
import { deref, isSwagger2, operations, responsesOf, type Doc } from "../doc";

/** True when an example appears in the node or its (local-ref) schema tree, a few levels deep. */
function hasExample(doc: Doc, node: unknown, depth = 0, seen = new Set<unknown>()): boolean {
  const n = deref(doc, node);
  if (depth > 6 || !isObj(n) || seen.has(n)) return false;
  seen.add(n);
  if ("example" in n || "examples" in n || "x-example" in n || "x-examples" in n) return true;
  const kids = [n.schema, n.items, n.content, n.properties, n.allOf, n.oneOf, n.anyOf].flatMap((k) =>
    Array.isArray(k) ? k : isObj(k) && (k === n.content || k === n.properties) ? Object.values(k) : [k],
  );
  return kids.some((k) => hasExample(doc, k, depth + 1, seen));
}

/** The response documents a body (a 2.0 schema, or 3.x content): something an example could show. */
const hasBody = (doc: Doc, r: Doc): boolean => (isSwagger2(doc) ? r.schema !== undefined : isObj(r.content) && Object.keys(r.content).length > 0);

// Each operation with a success body should show one: an example is the quickest documentation.
function check(doc: Doc): Finding[] {
  return operations(doc).flatMap((o) => {
    const ok = responsesOf(doc, o.op).filter(([code, r]) => /^2/.test(code) && hasBody(doc, r));
    if (ok.length === 0 || ok.some(([, r]) => hasExample(doc, r))) return [];
    return [{ message: `${o.method.toUpperCase()} ${o.pathName} has no response example.`, path: [...o.path, "responses"] }];
  });
}

export default defineRule(
  {
    id: "gds-examples",
    point: 24,
    title: "Responses have examples",
    severity: "warn",
    fix: "Add an example (or examples) to each success response, or to the properties of its schema.",
    quote: "sampling code",
    needsWholeDocument: true,
  },
  (doc) => operations(doc).length > 0,
  check,
);
