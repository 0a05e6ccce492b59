/**
 * diffSpecs: what changed between two bundled OpenAPI/Swagger documents, and whether each
 * change breaks existing clients (the GDS standards ask for backwards-compatible changes).
 */
import { normalise, type NormOperation, type NormParam } from "./normalise";
import { compareSchemas, newViews, type SchemaChange, type Side, type Views } from "./schema";
import { BREAKING, type Change, type ChangeKind } from "./types";

function make(kind: ChangeKind, path: string, pointer: string, message: string, method?: string): Change {
  return method ? { kind, breaking: BREAKING[kind], path, method, pointer, message } : { kind, breaking: BREAKING[kind], path, pointer, message };
}

const opName = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

function paramLabel(p: NormParam): string {
  return `${p.in} parameter "${p.name}"`;
}

function diffParams(path: string, ob: NormOperation, oa: NormOperation, before: unknown, after: unknown, out: Change[], views: Views): void {
  const where = opName(oa.method, path);
  for (const [key, pb] of ob.params) {
    const pa = oa.params.get(key);
    if (!pa) {
      out.push(make("parameter-removed", path, pb.pointer, `The ${paramLabel(pb)} was removed from ${where}.`, oa.method));
      continue;
    }
    if (!pb.required && pa.required) {
      out.push(make("parameter-became-required", path, pa.pointer, `The ${paramLabel(pa)} of ${where} is now required.`, oa.method));
    }
    if (pb.description !== undefined && pa.description !== undefined && pb.description !== pa.description) {
      out.push(make("description-changed", path, pa.pointer + "/description", `The ${paramLabel(pa)} of ${where} has a new description.`, oa.method));
    }
    if (pb.schema && pa.schema) {
      // The whole schema (not just type/enum) so object- or array-typed parameters are covered too.
      const changes = compareSchemas(before, after, pb.schema, pa.schema, pb.schemaPointer, pa.schemaPointer, "request", views)
        // A Swagger 2 parameter is its own schema, so its description was reported above already.
        .filter((c) => !(c.kind === "description-changed" && c.field === "" && pa.schemaPointer === pa.pointer));
      for (const c of changes) out.push(schemaChange(c, path, oa.method, `the ${paramLabel(pa)} of ${where}`));
    }
  }
  for (const [key, pa] of oa.params) {
    if (ob.params.has(key)) continue;
    const kind = pa.required ? "parameter-required-added" : "parameter-optional-added";
    const msg = pa.required ? `A new required ${paramLabel(pa)} was added to ${where}; existing clients do not send it.` : `An optional ${paramLabel(pa)} was added to ${where}.`;
    out.push(make(kind, path, pa.pointer, msg, oa.method));
  }
}

function schemaChange(c: SchemaChange, path: string, method: string, subject: string): Change {
  const field = c.field ? `Field "${c.field}" in ${subject}` : capitalise(subject);
  const text: Partial<Record<ChangeKind, string>> = {
    "response-property-removed": `${field} was removed; clients reading it will break.`,
    "response-property-added": `${field} was added.`,
    "request-property-required-added": `${field} was added as required; existing clients do not send it.`,
    "request-property-became-required": `${field} is now required.`,
    "request-property-optional-added": `${field} was added as optional.`,
    "request-property-removed": `${field} was removed.`,
  };
  return make(c.kind, path, c.pointer, text[c.kind] ?? `${field} ${c.detail}.`, method);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function diffOperation(path: string, ob: NormOperation, oa: NormOperation, before: unknown, after: unknown, out: Change[], views: Views): void {
  const where = opName(oa.method, path);
  if (ob.description !== undefined && oa.description !== undefined && ob.description !== oa.description) {
    out.push(make("description-changed", path, oa.pointer, `The description of ${where} changed.`, oa.method));
  }
  diffParams(path, ob, oa, before, after, out, views);
  const pairs: [Side, string, { schema: unknown; pointer: string } | undefined, { schema: unknown; pointer: string } | undefined][] = [
    ["request", `the request body of ${where}`, ob.body, oa.body],
  ];
  for (const [code, rb] of ob.responses) pairs.push(["response", `the ${code} response of ${where}`, rb, oa.responses.get(code)]);
  for (const [side, subject, b, a] of pairs) {
    if (!b || !a) continue;
    for (const c of compareSchemas(before, after, b.schema, a.schema, b.pointer, a.pointer, side, views)) {
      out.push(schemaChange(c, path, oa.method, subject));
    }
  }
}

export function diffSpecs(before: unknown, after: unknown): Change[] {
  const nb = normalise(before);
  const na = normalise(after);
  const out: Change[] = [];
  const views = newViews();
  for (const [shape, pb] of nb.paths) {
    const pa = na.paths.get(shape);
    if (!pa) {
      out.push(make("path-removed", pb.template, "/paths/" + pb.template.replace(/~/g, "~0").replace(/\//g, "~1"), `The path ${pb.template} was removed, with all its operations.`));
      continue;
    }
    for (const [method, ob] of pb.operations) {
      const oa = pa.operations.get(method);
      if (!oa) {
        out.push(make("operation-removed", pa.template, ob.pointer, `The operation ${opName(method, pb.template)} was removed.`, method));
        continue;
      }
      diffOperation(pa.template, ob, oa, before, after, out, views);
    }
    for (const [method, oa] of pa.operations) {
      if (!pb.operations.has(method)) out.push(make("operation-added", pa.template, oa.pointer, `The operation ${opName(method, pa.template)} was added.`, method));
    }
  }
  for (const [shape, pa] of na.paths) {
    if (!nb.paths.has(shape)) out.push(make("path-added", pa.template, "/paths/" + pa.template.replace(/~/g, "~0").replace(/\//g, "~1"), `The path ${pa.template} was added.`));
  }
  return out;
}
