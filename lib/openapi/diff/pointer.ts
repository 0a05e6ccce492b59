/** JSON pointer helpers (RFC 6901) and local `#/…` $ref resolution. */

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// Most keys have neither "~" nor "/": those pass through the pointer helpers untouched, which
// matters when comparing or checking a large spec builds and follows pointers by the million.
export function escapeToken(t: string): string {
  return t.includes("~") || t.includes("/") ? t.replace(/~/g, "~0").replace(/\//g, "~1") : t;
}

export function join(pointer: string, ...tokens: string[]): string {
  let joined = pointer;
  for (const t of tokens) joined += "/" + escapeToken(t);
  return joined;
}

/**
 * One token of a pointer taken from a `$ref` (a URI fragment, so percent-encoded) as the key it
 * names, or undefined when its percent-encoding is malformed ("a%"): such a ref names nothing.
 */
export function decodeToken(raw: string): string | undefined {
  let token = raw;
  if (raw.includes("%")) {
    try {
      token = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return token.includes("~") ? token.replace(/~1/g, "/").replace(/~0/g, "~") : token;
}

/** "/paths/~1pets/get" (or "#/paths/~1pets/get") → ["paths", "/pets", "get"]; undefined if malformed. */
export function splitPointer(pointer: string): string[] | undefined {
  const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (p === "" || p === "/") return [];
  const tokens: string[] = [];
  for (const raw of p.slice(1).split("/")) {
    const token = decodeToken(raw);
    if (token === undefined) return undefined;
    tokens.push(token);
  }
  return tokens;
}

/** The node a JSON pointer ("" or "/paths/~1pets") names in `doc`, or undefined if there is none. */
export function atPointer(doc: unknown, pointer: string): unknown {
  const tokens = splitPointer(pointer);
  if (tokens === undefined) return undefined;
  let cur: unknown = doc;
  for (const token of tokens) {
    // Own properties only, so "__proto__" in a ref cannot reach Object.prototype.
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, token)) return undefined;
    cur = (cur as Json)[token];
  }
  return cur;
}

/**
 * Follow local `$ref`s until a non-ref node. Returns the node and its pointer, or undefined for
 * external, dangling or circular ($ref → $ref → …) chains: a bundled document has only local refs.
 */
export function deref(doc: unknown, node: unknown, pointer: string): { node: Json; pointer: string } | undefined {
  const seen = new Set<string>();
  let cur = node;
  let ptr = pointer;
  while (isObject(cur) && typeof cur.$ref === "string") {
    const ref = cur.$ref;
    if (!ref.startsWith("#")) return undefined;
    const target = ref.slice(1);
    if (seen.has(target)) return undefined;
    seen.add(target);
    ptr = target;
    cur = atPointer(doc, target);
  }
  return isObject(cur) ? { node: cur, pointer: ptr } : undefined;
}
