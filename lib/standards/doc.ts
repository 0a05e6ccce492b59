/**
 * Small helpers for reading a plain OpenAPI 3.x / Swagger 2.0 document (local $refs only).
 * The document is read by its structure — operations, responses, media types, schemas and their
 * keywords — never by looking for a key anywhere: a property may be called "properties",
 * "content" or "example", and example values hold any keys at all.
 */
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

/** The responses a successful call gets: the 2xx ones, or `default` when there is no 2xx. */
function successResponses(doc: Doc, op: Doc): [string, Doc][] {
  const all = responsesOf(doc, op);
  const ok = all.filter(([code]) => /^2/.test(code));
  return ok.length ? ok : all.filter(([code]) => code === "default");
}

const contentTypes = (r: Doc): string[] => (isObj(r.content) ? Object.keys(r.content) : []);

/** Media types an operation produces (3.x: response content keys; 2.0: produces). */
export function producedMediaTypes(doc: Doc, op: Doc): string[] {
  if (isSwagger2(doc)) {
    const p = Array.isArray(op.produces) ? op.produces : Array.isArray(doc.produces) ? doc.produces : [];
    return p.filter((x): x is string => typeof x === "string");
  }
  return responsesOf(doc, op).flatMap(([, r]) => contentTypes(r));
}

/** Media types a successful call can get (2.0 cannot tell them apart by status: all of `produces`). */
export function successMediaTypes(doc: Doc, op: Doc): string[] {
  return isSwagger2(doc) ? producedMediaTypes(doc, op) : successResponses(doc, op).flatMap(([, r]) => contentTypes(r));
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

export type Located = { node: Doc; path: DocPath };

const entriesOf = (v: unknown): [string, unknown][] => (isObj(v) ? Object.entries(v) : []);
const located = (node: unknown, path: DocPath): Located[] => (isObj(node) && typeof node.$ref !== "string" ? [{ node, path }] : []);

/** Path items where they are written: under paths, webhooks (3.1) and callbacks, with their operations. */
function pathItems(doc: Doc): Located[] {
  const out: Located[] = [];
  const addItem = (item: unknown, path: DocPath) => {
    for (const found of located(item, path)) {
      out.push(found);
      for (const method of METHODS) {
        for (const [name, callback] of entriesOf((found.node[method] as Doc | undefined)?.callbacks)) {
          for (const [expr, cbItem] of entriesOf(callback)) addItem(cbItem, [...path, method, "callbacks", name, expr]);
        }
      }
    }
  };
  for (const [name, item] of entriesOf(doc.paths)) addItem(item, ["paths", name]);
  for (const [name, item] of entriesOf(doc.webhooks)) addItem(item, ["webhooks", name]);
  const components = isObj(doc.components) ? doc.components : {};
  for (const [name, item] of entriesOf(components.pathItems)) addItem(item, ["components", "pathItems", name]);
  for (const [name, callback] of entriesOf(components.callbacks)) {
    for (const [expr, item] of entriesOf(callback)) addItem(item, ["components", "callbacks", name, expr]);
  }
  return out;
}

type Parts = { parameters: Located[]; responses: Located[]; requestBodies: Located[]; headers: Located[] };

/** Every parameter, response, request body and header object where it is written (refs skipped: their targets are listed where they are written). */
const parts = perDocument((doc: Doc): Parts => {
  const p: Parts = { parameters: [], responses: [], requestBodies: [], headers: [] };
  const addParams = (list: unknown, path: DocPath) => Array.isArray(list) && list.forEach((x, i) => p.parameters.push(...located(x, [...path, i])));
  const addResponse = (r: unknown, path: DocPath) => {
    for (const found of located(r, path)) {
      p.responses.push(found);
      for (const [h, header] of entriesOf(found.node.headers)) p.headers.push(...located(header, [...path, "headers", h]));
    }
  };
  for (const { node: item, path } of pathItems(doc)) {
    addParams(item.parameters, [...path, "parameters"]);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      addParams(op.parameters, [...path, method, "parameters"]);
      p.requestBodies.push(...located(op.requestBody, [...path, method, "requestBody"]));
      for (const [code, r] of entriesOf(op.responses)) addResponse(r, [...path, method, "responses", code]);
    }
  }
  const base: DocPath = isSwagger2(doc) ? [] : ["components"];
  const holder = isSwagger2(doc) ? doc : isObj(doc.components) ? doc.components : {};
  for (const [n, x] of entriesOf(holder.parameters)) p.parameters.push(...located(x, [...base, "parameters", n]));
  for (const [n, x] of entriesOf(holder.responses)) addResponse(x, [...base, "responses", n]);
  for (const [n, x] of entriesOf(holder.requestBodies)) p.requestBodies.push(...located(x, [...base, "requestBodies", n]));
  for (const [n, x] of entriesOf(holder.headers)) p.headers.push(...located(x, [...base, "headers", n]));
  return p;
});

/** Every parameter object where it is written (operations, path items, components), with its path. */
export const allParameters = (doc: Doc): Located[] => parts(doc).parameters;

/** Every media type named in the document (content keys, produces, consumes) with where it is. */
export const allMediaTypes = perDocument((doc: Doc): { type: string; path: DocPath }[] => {
  const out: { type: string; path: DocPath }[] = [];
  const { parameters, responses, requestBodies, headers } = parts(doc);
  for (const { node, path } of [...parameters, ...responses, ...requestBodies, ...headers]) {
    for (const type of contentTypes(node)) out.push({ type, path: [...path, "content", type] });
  }
  const lists: Located[] = [{ node: doc, path: [] }, ...operations(doc).map((o) => ({ node: o.op, path: o.path }))];
  for (const { node, path } of lists) {
    for (const key of ["produces", "consumes"]) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((t, i) => typeof t === "string" && out.push({ type: t, path: [...path, key, i] }));
    }
  }
  return out;
});

/** Where OpenAPI puts a schema: component schemas, and the `schema` (or content schemas) of parameters, bodies, responses and headers. */
function schemaRoots(doc: Doc): Located[] {
  const out: Located[] = [];
  const holder = isSwagger2(doc) ? doc.definitions : isObj(doc.components) ? doc.components.schemas : undefined;
  const base: DocPath = isSwagger2(doc) ? ["definitions"] : ["components", "schemas"];
  for (const [name, s] of entriesOf(holder)) out.push(...located(s, [...base, name]));
  const { parameters, responses, requestBodies, headers } = parts(doc);
  for (const { node, path } of [...parameters, ...responses, ...requestBodies, ...headers]) {
    out.push(...located(node.schema, [...path, "schema"]));
    // Swagger 2.0 parameters and headers that are not bodies describe arrays with `items`.
    if (isSwagger2(doc)) out.push(...located(node.items, [...path, "items"]));
    for (const [type, media] of entriesOf(node.content)) out.push(...located(isObj(media) ? media.schema : undefined, [...path, "content", type, "schema"]));
  }
  return out;
}

// The JSON Schema keywords whose values are schemas: one, a list, or a map of them.
const ONE = ["items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
const MAP = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"];

/** Every schema object in the document, reached by schema keywords only; $refs are not followed (their targets are reached where they are written). */
const allSchemas = perDocument((doc: Doc): Located[] => {
  const out: Located[] = [];
  const visit = (schema: Doc, path: DocPath, depth: number) => {
    out.push({ node: schema, path });
    if (depth > 100) return;
    // A child's path is spelled out only when it is a schema: most keywords are absent from most schemas.
    const isSchema = (child: unknown): child is Doc => isObj(child) && typeof child.$ref !== "string";
    for (const k of ONE) if (isSchema(schema[k])) visit(schema[k], [...path, k], depth + 1);
    for (const k of LIST) if (Array.isArray(schema[k])) (schema[k] as unknown[]).forEach((s, i) => isSchema(s) && visit(s, [...path, k, i], depth + 1));
    for (const k of MAP) for (const [name, s] of entriesOf(schema[k])) if (isSchema(s)) visit(s, [...path, k, name], depth + 1);
  };
  for (const root of schemaRoots(doc)) visit(root.node, root.path, 0);
  return out;
});

export type Property = { name: string; schema: unknown; parent: Doc; path: DocPath };

/** Every named property of every schema in the document (components, definitions, inline). */
export const allProperties = perDocument((doc: Doc): Property[] => {
  const out: Property[] = [];
  for (const { node, path } of allSchemas(doc)) {
    for (const [name, schema] of entriesOf(node.properties)) out.push({ name, schema, parent: node, path: [...path, "properties", name] });
  }
  return out;
});

/** Splits camelCase / snake_case / kebab-case names into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}
