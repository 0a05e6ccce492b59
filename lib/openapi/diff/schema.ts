/**
 * Compare two schemas (request or response side), following local $refs. Cycles are cut by
 * remembering which (before, after) pointer pairs are already being compared, so a recursive
 * `Pet.children: Pet[]` is walked once.
 */
import { deref, isObject, join, type Json } from "./pointer";
import type { ChangeKind } from "./types";

export type Side = "request" | "response";

export interface SchemaChange {
  kind: ChangeKind;
  /** Dotted field path inside the schema, e.g. "owner.name" or "tags[]"; "" for the root. */
  field: string;
  pointer: string;
  detail: string;
}

type View = { s: Json; pointer: string; props: Map<string, { node: unknown; pointer: string }>; required: Set<string> };

/**
 * What one comparison of two documents learns once and reuses: each document's schemas as view()
 * sees them, and which pairs of schemas (per side) have nothing to report anywhere below them.
 * Operations are compared one at a time, and a large spec's shared schemas (GitHub's
 * `repository`, `simple-user`) are reached from hundreds of operations.
 */
export type Views = { before: Map<string, View | undefined>; after: Map<string, View | undefined>; quiet: Map<string, boolean> };

export const newViews = (): Views => ({ before: new Map(), after: new Map(), quiet: new Map() });

interface Ctx {
  before: unknown;
  after: unknown;
  side: Side;
  seen: Set<string>;
  out: SchemaChange[];
  views: Views;
}

const MAX_DEPTH = 64;

/** "string", ["string","null"] and nullable all describe the same base type for our purposes. */
export function typeOf(s: Json | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) {
    const parts = t.filter((x): x is string => typeof x === "string" && x !== "null").sort();
    return parts.length ? parts.join(" or ") : undefined;
  }
  return undefined;
}

/** Merge `allOf` members into one view of properties/required so composition isn't seen as change. */
function view(doc: unknown, node: unknown, pointer: string, depth = 0): View | undefined {
  const r = deref(doc, node, pointer);
  if (!r) return undefined;
  const props = new Map<string, { node: unknown; pointer: string }>();
  const required = new Set<string>();
  if (Array.isArray(r.node.allOf) && depth < 8) {
    r.node.allOf.forEach((member, i) => {
      const m = view(doc, member, join(r.pointer, "allOf", String(i)), depth + 1);
      m?.props.forEach((v, k) => props.set(k, v));
      m?.required.forEach((k) => required.add(k));
    });
  }
  if (isObject(r.node.properties)) {
    for (const [k, v] of Object.entries(r.node.properties)) props.set(k, { node: v, pointer: join(r.pointer, "properties", k) });
  }
  if (Array.isArray(r.node.required)) for (const k of r.node.required) if (typeof k === "string") required.add(k);
  return { s: r.node, pointer: r.pointer, props, required };
}

const fieldName = (parent: string, child: string) => (parent ? `${parent}.${child}` : child);

/** view() of the node at `pointer`, once per comparison: a $ref leads to the same view wherever it is written. */
function viewOnce(views: Map<string, View | undefined>, doc: unknown, node: unknown, pointer: string): View | undefined {
  const key = isObject(node) && typeof node.$ref === "string" ? `$ref ${node.$ref}` : pointer;
  if (!views.has(key)) views.set(key, view(doc, node, pointer));
  return views.get(key);
}

export function compareSchemas(before: unknown, after: unknown, b: unknown, a: unknown, bPtr: string, aPtr: string, side: Side, views: Views = newViews()): SchemaChange[] {
  const ctx: Ctx = { before, after, side, seen: new Set(), out: [], views };
  walk(ctx, b, a, bPtr, aPtr, "", 0);
  return ctx.out;
}

/** The pairs of schemas walk() goes on to from this pair: properties both have, and both items. */
function* children(vb: View, va: View): Generator<[unknown, unknown, string, string]> {
  for (const [name, pb] of vb.props) {
    const pa = va.props.get(name);
    if (pa) yield [pb.node, pa.node, pb.pointer, pa.pointer];
  }
  if (vb.s.items !== undefined && va.s.items !== undefined) yield [vb.s.items, va.s.items, join(vb.pointer, "items"), join(va.pointer, "items")];
}

/** Whether walk() would report anything for this pair itself (not below it). */
function changedHere(side: Side, vb: View, va: View): boolean {
  const scalar: SchemaChange[] = [];
  compareScalar(scalar, vb.s, va.s, va.pointer, "");
  if (scalar.length > 0) return true;
  for (const name of vb.props.keys()) if (!va.props.has(name) || (side === "request" && !vb.required.has(name) && va.required.has(name))) return true;
  for (const name of va.props.keys()) if (!vb.props.has(name)) return true;
  return false;
}

/**
 * True when nothing reachable from this pair has a change walk() would report, whatever path led
 * here (so walk() can skip it, exactly). Worked out once per pair and side: a pair still being
 * explored further up is taken as quiet, so cycles end, and an answer that leaned on that is only
 * kept once the pair it leaned on is settled (`low`: the earliest such pair on the path).
 */
function quiet(ctx: Ctx, vb: View, va: View, path: Map<string, number>): { quiet: boolean; low: number } {
  const key = `${vb.pointer}|${va.pointer}`;
  const known = ctx.views.quiet.get(`${ctx.side}|${key}`);
  if (known !== undefined) return { quiet: known, low: Infinity };
  const onPath = path.get(key);
  if (onPath !== undefined) return { quiet: true, low: onPath };
  let result = { quiet: !changedHere(ctx.side, vb, va), low: Infinity };
  const index = path.size;
  path.set(key, index);
  for (const [b, a, bPtr, aPtr] of result.quiet ? children(vb, va) : []) {
    const cb = viewOnce(ctx.views.before, ctx.before, b, bPtr);
    const ca = viewOnce(ctx.views.after, ctx.after, a, aPtr);
    if (!cb || !ca) continue;
    const child = quiet(ctx, cb, ca, path);
    if (!child.quiet) {
      result = { quiet: false, low: Infinity };
      break;
    }
    result.low = Math.min(result.low, child.low);
  }
  path.delete(key);
  if (!result.quiet || result.low >= index) {
    ctx.views.quiet.set(`${ctx.side}|${key}`, result.quiet);
    result.low = Infinity;
  }
  return result;
}

function walk(ctx: Ctx, b: unknown, a: unknown, bPtr: string, aPtr: string, field: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const vb = viewOnce(ctx.views.before, ctx.before, b, bPtr);
  const va = viewOnce(ctx.views.after, ctx.after, a, aPtr);
  if (!vb || !va) return;
  const key = `${vb.pointer}|${va.pointer}`;
  if (ctx.seen.has(key)) return;
  // Nothing to report below here: walking on would only visit pairs that report nothing.
  if (quiet(ctx, vb, va, new Map()).quiet) return;
  ctx.seen.add(key);
  compareScalar(ctx.out, vb.s, va.s, va.pointer, field);

  for (const [name, pb] of vb.props) {
    const pa = va.props.get(name);
    const f = fieldName(field, name);
    if (!pa) {
      ctx.out.push({ kind: ctx.side === "response" ? "response-property-removed" : "request-property-removed", field: f, pointer: pb.pointer, detail: "removed" });
      continue;
    }
    if (ctx.side === "request" && !vb.required.has(name) && va.required.has(name)) {
      ctx.out.push({ kind: "request-property-became-required", field: f, pointer: pa.pointer, detail: "is now required" });
    }
    walk(ctx, pb.node, pa.node, pb.pointer, pa.pointer, f, depth + 1);
  }
  for (const [name, pa] of va.props) {
    if (vb.props.has(name)) continue;
    const f = fieldName(field, name);
    const kind: ChangeKind =
      ctx.side === "response" ? "response-property-added" : va.required.has(name) ? "request-property-required-added" : "request-property-optional-added";
    ctx.out.push({ kind, field: f, pointer: pa.pointer, detail: "added" });
  }
  if (vb.s.items !== undefined && va.s.items !== undefined) {
    walk(ctx, vb.s.items, va.s.items, join(vb.pointer, "items"), join(va.pointer, "items"), `${field}[]`, depth + 1);
  }
}

/** Type, enum and description of one schema node (also used for parameters). */
export function compareScalar(out: SchemaChange[], b: Json, a: Json, aPtr: string, field: string): void {
  const tb = typeOf(b);
  const ta = typeOf(a);
  if (tb && ta && tb !== ta) out.push({ kind: "type-changed", field, pointer: aPtr, detail: `changed type from ${tb} to ${ta}` });
  if (Array.isArray(b.enum) && Array.isArray(a.enum)) {
    const fmt = (v: unknown) => JSON.stringify(v);
    const after = new Set(a.enum.map(fmt));
    const before = new Set(b.enum.map(fmt));
    const removed = [...before].filter((v) => !after.has(v));
    const added = [...after].filter((v) => !before.has(v));
    if (removed.length) out.push({ kind: "enum-narrowed", field, pointer: join(aPtr, "enum"), detail: `no longer allows ${removed.join(", ")}` });
    if (added.length) out.push({ kind: "enum-widened", field, pointer: join(aPtr, "enum"), detail: `now also allows ${added.join(", ")}` });
  } else if (Array.isArray(b.enum) && !Array.isArray(a.enum)) {
    out.push({ kind: "enum-widened", field, pointer: aPtr, detail: "no longer restricts values to a list" });
  } else if (!Array.isArray(b.enum) && Array.isArray(a.enum)) {
    out.push({ kind: "enum-narrowed", field, pointer: join(aPtr, "enum"), detail: "now only allows a fixed list of values" });
  }
  if (typeof b.description === "string" && typeof a.description === "string" && b.description !== a.description) {
    out.push({ kind: "description-changed", field, pointer: join(aPtr, "description"), detail: "has a new description" });
  }
}
