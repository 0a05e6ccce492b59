/**
 * What an operation takes and gives, as the server's documentation shows it: its parameters, its
 * request body and its responses, each schema named by its type and its properties one level
 * down (the interactive view and the downloads have every schema in full). Swagger 2.0 and
 * OpenAPI 3 documents alike, read through local $refs (a bundle has no others).
 */
import { deref, isObject, type Json } from "../diff/pointer";
import { typeOf } from "../diff/schema";

/** A parameter, or a property of a body. `description` is HTML, made safe (./markdown.ts). */
export type Field = { name: string; type: string; required: boolean; deprecated: boolean; description?: string };
export type Parameter = Field & { in: string };
/** One schema and the media types that carry it. */
export type Content = { mediaTypes: string[]; type: string; properties: Field[] };
export type RequestBody = { required: boolean; description?: string; content: Content[] };
export type Response = { code: string; description?: string; content: Content[] };

export type Reader = { doc: unknown; markdown: (text: string) => string };

const MAX_ENUM = 10;
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);
const html = (reader: Reader, value: unknown) => {
  const t = text(value);
  return t === undefined ? undefined : reader.markdown(t);
};

/** The schema a local $ref names, with the name it has among the document's schemas. */
function resolve(reader: Reader, schema: unknown): { node: Json; name?: string } | undefined {
  const r = deref(reader.doc, schema, "");
  if (!r) return undefined;
  const named = /^\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(r.pointer);
  return { node: r.node, name: text(r.node.title) ?? named?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~") };
}

/** "string (date-time)", "array of object (Pet)", "one of: string, integer", "string, one of: a, b". */
export function typeLabel(reader: Reader, schema: unknown, depth = 0): string {
  const r = resolve(reader, schema);
  if (!r || depth > 3) return "";
  const s = r.node;
  const alternatives = (Array.isArray(s.oneOf) && s.oneOf) || (Array.isArray(s.anyOf) && s.anyOf);
  let label: string;
  if (alternatives) label = `one of: ${alternatives.map((member) => typeLabel(reader, member, depth + 1) || "any").join(", ")}`;
  else if (typeOf(s) === "array") label = `array of ${typeLabel(reader, s.items, depth + 1) || "any"}`;
  else label = typeOf(s) ?? (isObject(s.properties) || Array.isArray(s.allOf) ? "object" : "any");
  if (typeof s.format === "string") label += ` (${s.format})`;
  if (r.name && !alternatives) label += ` (${r.name})`;
  if (s.nullable === true || (Array.isArray(s.type) && s.type.includes("null"))) label += " or null";
  if (Array.isArray(s.enum) && s.enum.length) {
    const values = s.enum.slice(0, MAX_ENUM).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    label += `, one of: ${values.join(", ")}${s.enum.length > MAX_ENUM ? `, and ${s.enum.length - MAX_ENUM} more` : ""}`;
  }
  return label;
}

/** The properties of an object schema (its allOf members' too), or of an array's items. */
function properties(reader: Reader, schema: unknown, side: "request" | "response", depth = 0): Field[] {
  const r = resolve(reader, schema);
  if (!r || depth > 8) return [];
  const s = r.node;
  if (typeOf(s) === "array" && depth === 0) return properties(reader, s.items, side, depth + 1);
  const fields = new Map<string, Field>();
  if (Array.isArray(s.allOf)) for (const member of s.allOf) for (const f of properties(reader, member, side, depth + 1)) fields.set(f.name, f);
  const required = new Set(Array.isArray(s.required) ? s.required.filter((k): k is string => typeof k === "string") : []);
  if (isObject(s.properties)) {
    for (const [name, value] of Object.entries(s.properties)) {
      const p = resolve(reader, value)?.node;
      // As Redoc: what the server sets is not sent, what a client sets is not given back.
      if (p && ((side === "request" && p.readOnly === true) || (side === "response" && p.writeOnly === true))) continue;
      fields.set(name, { name, type: typeLabel(reader, value), required: required.has(name), deprecated: p?.deprecated === true, description: html(reader, p?.description) });
    }
  }
  for (const name of required) {
    const field = fields.get(name);
    if (field) field.required = true;
  }
  return [...fields.values()];
}

/** Media types carrying the same schema are one entry. */
function contentOf(reader: Reader, media: [string, unknown][], side: "request" | "response"): Content[] {
  const bySchema = new Map<unknown, Content>();
  for (const [mediaType, schema] of media) {
    const key = isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : schema;
    const known = bySchema.get(key);
    if (known) known.mediaTypes.push(mediaType);
    else bySchema.set(key, { mediaTypes: [mediaType], type: typeLabel(reader, schema), properties: properties(reader, schema, side) });
  }
  return [...bySchema.values()];
}

const oas3Media = (content: unknown): [string, unknown][] => (isObject(content) ? Object.entries(content).map(([type, m]) => [type, isObject(m) ? m.schema : undefined]) : []);
const swaggerTypes = (op: Json, doc: unknown, key: "consumes" | "produces"): string[] => {
  const own = Array.isArray(op[key]) ? op[key] : isObject(doc) && Array.isArray(doc[key]) ? doc[key] : ["application/json"];
  return own.filter((t): t is string => typeof t === "string");
};

/** Path-level parameters, then the operation's own (which win, as the specification says). */
function parameterList(reader: Reader, pathItem: Json, op: Json): Json[] {
  const all = new Map<string, Json>();
  for (const list of [pathItem.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const p = deref(reader.doc, entry, "")?.node;
      if (p && typeof p.name === "string" && typeof p.in === "string") all.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...all.values()];
}

/** What one operation takes and gives. */
export function operationFields(reader: Reader, pathItem: Json, op: Json): { parameters: Parameter[]; requestBody?: RequestBody; responses: Response[] } {
  const list = parameterList(reader, pathItem, op);
  const parameters = list
    .filter((p) => p.in !== "body" && p.in !== "formData")
    .map((p) => ({
      name: p.name as string,
      in: p.in as string,
      type: typeLabel(reader, isObject(p.schema) ? p.schema : p),
      required: p.required === true || p.in === "path",
      deprecated: p.deprecated === true,
      description: html(reader, p.description),
    }));
  return { parameters, requestBody: requestBody(reader, op, list), responses: responses(reader, op) };
}

function requestBody(reader: Reader, op: Json, list: Json[]): RequestBody | undefined {
  const body = deref(reader.doc, op.requestBody, "")?.node;
  if (body) return { required: body.required === true, description: html(reader, body.description), content: contentOf(reader, oas3Media(body.content), "request") };
  const swaggerBody = list.find((p) => p.in === "body");
  if (swaggerBody) {
    const schema = swaggerBody.schema;
    return { required: swaggerBody.required === true, description: html(reader, swaggerBody.description), content: contentOf(reader, swaggerTypes(op, reader.doc, "consumes").map((t) => [t, schema]), "request") };
  }
  const form = list.filter((p) => p.in === "formData");
  if (!form.length) return undefined;
  const types = swaggerTypes(op, reader.doc, "consumes").filter((t) => /form/.test(t));
  const fields = form.map((p) => ({ name: p.name as string, type: typeLabel(reader, p), required: p.required === true, deprecated: false, description: html(reader, p.description) }));
  return { required: fields.some((f) => f.required), content: [{ mediaTypes: types.length ? types : ["application/x-www-form-urlencoded"], type: "object", properties: fields }] };
}

function responses(reader: Reader, op: Json): Response[] {
  if (!isObject(op.responses)) return [];
  return Object.entries(op.responses).map(([code, value]) => {
    const r = deref(reader.doc, value, "")?.node;
    if (!r) return { code, content: [] };
    const media: [string, unknown][] = "schema" in r ? swaggerTypes(op, reader.doc, "produces").map((t) => [t, r.schema]) : oas3Media(r.content);
    return { code, description: html(reader, r.description), content: contentOf(reader, media, "response") };
  });
}
