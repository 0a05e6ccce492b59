/** Small helpers for reading a plain OpenAPI 3.x / Swagger 2.0 document (local $refs only). */
import { atPointer } from "@/lib/openapi/diff/pointer";
import { isObj, type DocPath } from "./types";

export type Doc = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export const isSwagger2 = (doc: Doc): boolean => typeof doc.swagger === "string";

/** Follows local "#/..." refs (a few hops, so a cycle cannot loop); external refs give undefined. */
export function deref(doc: Doc, node: unknown): unknown {
  let cur = node;
  for (let i = 0; i < 10 && isObj(cur) && typeof cur.$ref === "string"; i++) {
    const ref = cur.$ref;
    if (!ref.startsWith("#/")) return undefined;
    cur = atPointer(doc, ref.slice(1));
  }
  return cur;
}

export type Operation = { op: Doc; path: DocPath; pathName: string; method: string };

export function operations(doc: Doc): Operation[] {
  const out: Operation[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [pathName, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (isObj(op)) out.push({ op, path: ["paths", pathName, method], pathName, method });
    }
  }
  return out;
}

/** Parameters of an operation including its path item's, resolved. */
export function parametersOf(doc: Doc, o: Operation): Doc[] {
  const item = deref(doc, (doc.paths as Doc)[o.pathName]) as Doc;
  const raw = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(o.op.parameters) ? o.op.parameters : [])];
  return raw.map((p) => deref(doc, p)).filter(isObj);
}

/** Response objects of an operation, resolved, keyed by status code. */
export function responsesOf(doc: Doc, op: Doc): [string, Doc][] {
  if (!isObj(op.responses)) return [];
  return Object.entries(op.responses).flatMap(([code, r]) => {
    const res = deref(doc, r);
    return isObj(res) ? [[code, res] as [string, Doc]] : [];
  });
}

/** Media types an operation produces (3.x: response content keys; 2.0: produces). */
export function producedMediaTypes(doc: Doc, op: Doc): string[] {
  if (isSwagger2(doc)) {
    const p = Array.isArray(op.produces) ? op.produces : Array.isArray(doc.produces) ? doc.produces : [];
    return p.filter((x): x is string => typeof x === "string");
  }
  return responsesOf(doc, op).flatMap(([, r]) => (isObj(r.content) ? Object.keys(r.content) : []));
}

/**
 * `find` memoised per document object: several rules read the same lists, and each rule asks its
 * question in `applies` and again in its check; a 13 MB spec has tens of thousands of properties.
 */
export function perDocument<T>(find: (doc: Doc) => T): (doc: Doc) => T {
  const cache = new WeakMap<Doc, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, find(doc));
    return cache.get(doc)!;
  };
}

/** Every media type named anywhere (content keys, produces, consumes) with where it is. */
export const allMediaTypes = perDocument((doc: Doc): { type: string; path: DocPath }[] => {
  const out: { type: string; path: DocPath }[] = [];
  walk(doc, [], (node, path) => {
    if (isObj(node.content)) for (const k of Object.keys(node.content)) out.push({ type: k, path: [...path, "content", k] });
    for (const key of ["produces", "consumes"]) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((t, i) => typeof t === "string" && out.push({ type: t, path: [...path, key, i] }));
    }
  });
  return out;
});

export type Property = { name: string; schema: unknown; parent: Doc; path: DocPath };

/** Every named property of every schema in the document (components, definitions, inline). */
export const allProperties = perDocument((doc: Doc): Property[] => {
  const out: Property[] = [];
  walk(doc, [], (node, path) => {
    if (!isObj(node.properties) || isObj(node.properties.$ref)) return;
    for (const [name, schema] of Object.entries(node.properties)) out.push({ name, schema, parent: node, path: [...path, "properties", name] });
  });
  return out;
});

/**
 * Visits every object, skipping example values and extensions (their keys are data, not schema).
 * `path` is one array, pushed and popped as the walk goes (a copy per node would cost more
 * than the walk on a large spec): `visit` copies what it keeps.
 */
export function walk(node: unknown, path: DocPath, visit: (n: Doc, p: DocPath) => void, depth = 0): void {
  // Inside `properties` the keys are property names, so a property called "example" is kept.
  const inProperties = path[path.length - 1] === "properties";
  if (depth > 200) return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walk(node[i], path, visit, depth + 1);
      path.pop();
    }
    return;
  }
  if (!isObj(node)) return;
  visit(node, path);
  for (const k in node) {
    if (!Object.hasOwn(node, k)) continue;
    if (!inProperties && (k === "example" || k === "examples" || k === "x-examples" || k.startsWith("x-"))) continue;
    path.push(k);
    walk(node[k], path, visit, depth + 1);
    path.pop();
  }
}

/** Splits camelCase / snake_case / kebab-case names into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}
