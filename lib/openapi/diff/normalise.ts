/**
 * Reduce Swagger 2.0 and OpenAPI 3.x documents to one shape the differ can compare, so the
 * comparison code never branches on version. Schemas stay as pointers into the original
 * document; refs are followed lazily by the schema differ (which guards against cycles).
 */
import { deref, isObject, join, type Json } from "./pointer";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface NormParam {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  /** The parameter's schema (OAS3 `schema`, or the Swagger 2 parameter itself, which holds `type`/`enum`). */
  schema?: Json;
  schemaPointer: string;
  pointer: string;
}

export interface SchemaRef {
  schema: unknown;
  pointer: string;
}

export interface NormOperation {
  method: string;
  pointer: string;
  description?: string;
  /** Keyed by "in:name"; path parameters by "path:#index" so `{id}` and `{petId}` match. */
  params: Map<string, NormParam>;
  body?: SchemaRef;
  /** 2xx JSON response schemas keyed by status code. */
  responses: Map<string, SchemaRef>;
}

export interface NormPath {
  template: string;
  operations: Map<string, NormOperation>;
}

export interface NormDoc {
  raw: unknown;
  /** Keyed by path shape: every `{name}` replaced with `{}`. */
  paths: Map<string, NormPath>;
}

export function pathShape(template: string): string {
  return template.replace(/\{[^}]*\}/g, "{}");
}

/** Prefer application/json, then any +json type, then whatever comes first. */
function pickJson(content: unknown): { key: string; media: Json } | undefined {
  if (!isObject(content)) return undefined;
  const keys = Object.keys(content);
  const key =
    keys.find((k) => k.split(";")[0]!.trim().toLowerCase() === "application/json") ??
    keys.find((k) => /[/+]json\b/i.test(k)) ??
    keys[0];
  const media = key === undefined ? undefined : content[key];
  return key !== undefined && isObject(media) ? { key, media } : undefined;
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}

function collectParams(doc: unknown, template: string, lists: { list: unknown; pointer: string }[]) {
  const params = new Map<string, NormParam>();
  let body: SchemaRef | undefined;
  const names = placeholders(template);
  // Path-level first, then operation-level, so operation entries override (as the spec says).
  for (const { list, pointer } of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const r = deref(doc, entry, join(pointer, String(i)));
      if (!r || typeof r.node.name !== "string" || typeof r.node.in !== "string") return;
      const p = r.node;
      if (p.in === "body") {
        body = { schema: p.schema, pointer: join(r.pointer, "schema") };
        return;
      }
      const idx = p.in === "path" ? names.indexOf(p.name as string) : -1;
      const key = p.in === "path" && idx >= 0 ? `path:#${idx}` : `${p.in}:${p.name}`;
      const hasSchema = isObject(p.schema);
      params.set(key, {
        name: p.name as string,
        in: p.in as string,
        required: p.required === true || p.in === "path",
        description: typeof p.description === "string" ? p.description : undefined,
        schema: hasSchema ? (p.schema as Json) : p,
        schemaPointer: hasSchema ? join(r.pointer, "schema") : r.pointer,
        pointer: r.pointer,
      });
    });
  }
  return { params, body };
}

function normaliseOperation(doc: unknown, template: string, pathItem: Json, pathPtr: string, method: string): NormOperation | undefined {
  const op = pathItem[method];
  if (!isObject(op)) return undefined;
  const opPtr = join(pathPtr, method);
  const { params, body: swaggerBody } = collectParams(doc, template, [
    { list: pathItem.parameters, pointer: join(pathPtr, "parameters") },
    { list: op.parameters, pointer: join(opPtr, "parameters") },
  ]);

  let body = swaggerBody;
  const rb = deref(doc, op.requestBody, join(opPtr, "requestBody"));
  if (rb) {
    const picked = pickJson(rb.node.content);
    if (picked) body = { schema: picked.media.schema, pointer: join(rb.pointer, "content", picked.key, "schema") };
  }

  const responses = new Map<string, SchemaRef>();
  if (isObject(op.responses)) {
    for (const [code, value] of Object.entries(op.responses)) {
      if (!/^2/.test(code)) continue;
      const r = deref(doc, value, join(opPtr, "responses", code));
      if (!r) continue;
      if ("schema" in r.node) {
        responses.set(code, { schema: r.node.schema, pointer: join(r.pointer, "schema") }); // Swagger 2
      } else {
        const picked = pickJson(r.node.content);
        if (picked) responses.set(code, { schema: picked.media.schema, pointer: join(r.pointer, "content", picked.key, "schema") });
      }
    }
  }

  const description = [op.summary, op.description].filter((s) => typeof s === "string").join("\n") || undefined;
  return { method, pointer: opPtr, description, params, body, responses };
}

export function normalise(doc: unknown): NormDoc {
  const paths = new Map<string, NormPath>();
  const rawPaths = isObject(doc) ? doc.paths : undefined;
  if (isObject(rawPaths)) {
    for (const [template, item] of Object.entries(rawPaths)) {
      const pathPtr = join("/paths", template);
      const resolved = deref(doc, item, pathPtr);
      if (!resolved) continue;
      const operations = new Map<string, NormOperation>();
      for (const method of METHODS) {
        const op = normaliseOperation(doc, template, resolved.node, pathPtr, method);
        if (op) operations.set(method, op);
      }
      paths.set(pathShape(template), { template, operations });
    }
  }
  return { raw: doc, paths };
}
