import { escapeToken, splitPointer } from "./diff/pointer";

/**
 * Longest chain of local `$ref`s (A → B → C …) in a parsed document.
 * Redocly's walker recurses once per hop, so a linear chain of ~500+ refs overflows its
 * stack. We measure first, iteratively, and refuse before the walker ever sees it.
 */
export const DEFAULT_MAX_REF_CHAIN = 200;

type Ref = { at: string; target: string };

// An object or array still to visit, and how it was reached: its JSON pointer is only spelled
// out for the few that hold a $ref (building one for every node of a 13 MB spec costs more than
// the walk), so the key is kept as written and escaped then.
type Step = { node: object; key: string | number; parent: Step | undefined };

const pointerOf = (step: Step | undefined): string => {
  const keys: string[] = [];
  for (let s = step; s?.parent; s = s.parent) keys.push(typeof s.key === "number" ? String(s.key) : escapeToken(s.key));
  return keys.reverse().map((k) => `/${k}`).join("");
};

/** Calls `visit` with every `$ref` string in the document and the step that holds it, without recursion. */
function eachRef(root: unknown, visit: (ref: string, holder: Step) => void): void {
  if (root === null || typeof root !== "object") return;
  const stack: Step[] = [{ node: root, key: "", parent: undefined }];
  while (stack.length) {
    const step = stack.pop()!;
    const { node } = step;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (v !== null && typeof v === "object") stack.push({ node: v, key: i, parent: step });
      }
      continue;
    }
    for (const k in node) {
      if (!Object.hasOwn(node, k)) continue;
      const v = (node as Record<string, unknown>)[k];
      if (k === "$ref" && typeof v === "string") visit(v, step);
      else if (v !== null && typeof v === "object") stack.push({ node: v, key: k, parent: step });
    }
  }
}

function collectRefs(root: unknown): Ref[] {
  const refs: Ref[] = [];
  eachRef(root, (ref, holder) => {
    if (!ref.startsWith("#")) return;
    // Targets compared in one spelling; a malformed one ("a%") leads nowhere, so no chain.
    const tokens = splitPointer(ref.replace(/\/$/, ""));
    if (tokens) refs.push({ at: pointerOf(holder), target: tokens.map((t) => `/${escapeToken(t)}`).join("") });
  });
  return refs;
}

/** Every `$ref` that names another document (the part before any "#"), as written. */
export function externalRefs(root: unknown): string[] {
  const found = new Set<string>();
  eachRef(root, (ref) => {
    const document = ref.split("#")[0]!;
    if (document) found.add(document);
  });
  return [...found];
}

/** Longest ref path from the document root; cycles count once (Redocly stops at them too). */
export function longestRefChain(root: unknown): number {
  const refs = collectRefs(root).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const ats = refs.map((r) => r.at);

  // Refs located inside the subtree at `pointer` ("" = whole document): a contiguous sorted range.
  const lowerBound = (s: string) => {
    let lo = 0;
    let hi = ats.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ats[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inside = (pointer: string): string[] => {
    const out: string[] = [];
    for (let i = lowerBound(pointer); i < ats.length; i++) {
      const at = ats[i]!;
      if (at !== pointer && !at.startsWith(pointer + "/")) break;
      out.push(refs[i]!.target);
    }
    return out;
  };

  // Iterative post-order DFS with memo; a node on the current path (cycle) contributes 0.
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const stack: { node: string; kids: string[]; i: number; best: number }[] = [];
  const push = (node: string) => {
    onPath.add(node);
    stack.push({ node, kids: node === "" ? refs.map((r) => r.target) : inside(node), i: 0, best: 0 });
  };
  // The root's "children" are every ref target; depth(root) = 1 + longest chain, so subtract 1.
  push("");
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i++]!;
      const known = depth.get(kid);
      if (known !== undefined) top.best = Math.max(top.best, known);
      else if (!onPath.has(kid)) push(kid);
      continue;
    }
    stack.pop();
    onPath.delete(top.node);
    depth.set(top.node, top.best + 1);
    const parent = stack[stack.length - 1];
    if (parent) parent.best = Math.max(parent.best, top.best + 1);
  }
  return (depth.get("") ?? 1) - 1;
}
