// A fast path for specs written as JSON (most large ones are): JSON.parse is many times faster
// than a YAML parser on a 13 MB document and builds no syntax tree. What a YAML parse gives us
// besides the data — nesting depth, duplicate keys, positions — comes from plain scans of the
// text: one before parsing (depth, duplicates), and one after linting, only for the JSON
// pointers that have problems (positions).

import { splitPointer } from "./diff/pointer";

const QUOTE = 34;
const BACKSLASH = 92;

/** Index just past the string whose opening quote is at `i` (text.length if unterminated). */
function skipString(text: string, i: number): number {
  for (let from = i + 1; ; ) {
    const q = text.indexOf('"', from);
    if (q < 0) return text.length;
    let slashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** The value of the string literal text[start, end) (quotes included). */
function stringValue(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * Whether the JSON text nests deeper than `maxDepth` or repeats a key in one object. Either
 * sends the text to the YAML parser instead, which reports them with line and column.
 */
export function jsonNeedsCarefulParse(text: string, maxDepth: number): boolean {
  const keys: (Set<string> | null)[] = []; // one entry per open container; null for arrays
  let wantKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = skipString(text, i);
      const top = keys[keys.length - 1];
      if (wantKey && top) {
        const key = stringValue(text, i, end);
        if (top.has(key)) return true;
        top.add(key);
        wantKey = false;
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      keys.push(c === 123 ? new Set() : null);
      if (keys.length > maxDepth) return true;
      wantKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      keys.pop();
      wantKey = false;
    } else if (c === 44 /* , */) {
      wantKey = Boolean(keys[keys.length - 1]);
    }
  }
  return false;
}

type Trie = { kids: Map<string, Trie>; at?: number; keyAt?: number };

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Positions, for many JSON pointers at once, in one scan of valid JSON text (as Redocly and the
 * YAML path give them: the value's start, or its key's for `onKey`; the nearest existing
 * ancestor when the pointer goes further than the document).
 */
export function jsonLocator(text: string) {
  let lineStarts: number[] | undefined;
  const position = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let n = text.indexOf("\n"); n >= 0; n = text.indexOf("\n", n + 1)) lineStarts.push(n + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  // Past one value, not recording anything inside it.
  const skipValue = () => {
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = skipString(text, i) - 1;
        if (depth === 0) return void i++;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return; // the end of the enclosing container: a scalar ended here
        if (--depth === 0) return void i++;
      } else if (depth === 0 && (c === 44 || isSpace(c))) return;
    }
  };
  // The value at i, whose trie node is `node`; records where its wanted children start.
  // Only called for values on the way to some wanted pointer, so it recurses no deeper than
  // the deepest pointer asked for.
  const visit = (node: Trie) => {
    const c = text.charCodeAt(i);
    if (node.kids.size === 0 || (c !== 123 && c !== 91)) return skipValue();
    i++;
    for (let index = 0; ; index++) {
      skipSpace();
      const d = text.charCodeAt(i);
      if (d === 125 || d === 93) return void i++;
      if (d === 44) {
        i++;
        skipSpace();
      }
      let key = String(index);
      let keyAt: number | undefined;
      if (c === 123) {
        keyAt = i;
        const end = skipString(text, i);
        key = stringValue(text, i, end);
        i = end;
        skipSpace();
        i++; // the colon
        skipSpace();
      }
      const kid = node.kids.get(key);
      if (kid) {
        kid.at = i;
        kid.keyAt = keyAt;
        visit(kid);
      } else skipValue();
    }
  };

  return (requests: readonly { pointer: string; onKey?: boolean }[]): { line: number; column: number }[] => {
    const root: Trie = { kids: new Map() };
    const paths = requests.map(({ pointer }) => {
      // A malformed pointer is placed at the top of the document.
      const segments = splitPointer(pointer) ?? [];
      let node = root;
      for (const s of segments) {
        let kid = node.kids.get(s);
        if (!kid) node.kids.set(s, (kid = { kids: new Map() }));
        node = kid;
      }
      return segments;
    });
    i = 0;
    skipSpace();
    root.at = i;
    visit(root);
    return requests.map(({ onKey }, r) => {
      let node = root;
      for (const s of paths[r]!) {
        const kid = node.kids.get(s);
        if (kid?.at === undefined) break;
        node = kid;
      }
      return position(onKey && node.keyAt !== undefined ? node.keyAt : node.at!);
    });
  };
}
