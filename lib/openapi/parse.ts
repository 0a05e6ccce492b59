import { CST, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseAllDocuments, parseDocument as parseYaml, type Document as YamlDocument, type Node } from "yaml";
import { IngestError } from "./errors";
import { splitPointer } from "./diff/pointer";
import { jsonLocator, jsonNeedsCarefulParse } from "./json";

/** Deeper than any real spec; shallow enough that nothing downstream recurses into trouble. */
export const DEFAULT_MAX_DEPTH = 256;
/** Anchors are rare in specs; 100 alias expansions stops "billion laughs" long before memory does. */
export const DEFAULT_MAX_ALIASES = 100;

/** A parsed YAML or JSON document of any shape: a spec, or one file of a multi-file spec. */
export type ParsedDocument<T = unknown> = {
  /** Plain JS data (no prototypes set, no custom types). */
  data: T;
  /** JSON pointer ("#/paths/~1pets/get") → 1-based line/column, nearest existing ancestor if not found. */
  locate(pointer: string, onKey?: boolean): { line: number; column: number };
  /** locate for many pointers at once (for JSON text, one scan whatever their number). */
  locateAll(requests: readonly { pointer: string; onKey?: boolean }[]): { line: number; column: number }[];
};

export type ParsedSpec = ParsedDocument<Record<string, unknown>>;

function topLevelObject(data: unknown): Record<string, unknown> {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const got = Array.isArray(data) ? "a list" : data === null ? "empty" : `a single ${typeof data} value`;
    throw new IngestError("not-an-object", `A spec must be an object with an "openapi" or "swagger" field at the top; this document is ${got}.`);
  }
  return data as Record<string, unknown>;
}

/**
 * JSON text that is valid, within the depth limit and free of duplicate keys, parsed the fast
 * way (JSON.parse keeps `__proto__` as an own key, as the YAML path does); anything else is
 * left to the YAML parser, whose errors say where the problem is.
 */
function parseJson(text: string, maxDepth: number): ParsedDocument | undefined {
  if (!/^\s*\{/.test(text) || jsonNeedsCarefulParse(text, maxDepth)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const locateAll = jsonLocator(text);
  return { data, locateAll, locate: (pointer, onKey) => locateAll([{ pointer, onKey }])[0]! };
}

/**
 * Nesting depth measured on the token stream, before any tree is built.
 * yaml's Lexer is an iterative generator, so 100,000 `[` cost a loop, not a stack.
 * Depth = flow brackets open + block indentation levels + compact `- - x` indicators
 * on the current line. An over-estimate is fine: it only has to bound the real depth.
 */
export function measureDepth(text: string, stopAt = Infinity): number {
  let flow = 0;
  let max = 0;
  const indents: number[] = []; // stack of block indentation columns
  let atLineStart = true;
  let indent = 0;
  let indicatorsOnLine = 0;
  for (const tok of new Lexer().lex(text)) {
    const type = CST.tokenType(tok);
    if (type === "newline") {
      atLineStart = true;
      indent = 0;
      indicatorsOnLine = 0;
      continue;
    }
    if (atLineStart && type === "space") {
      indent = tok.length;
      continue;
    }
    if (type === "comment" || type === "space") continue;
    if (atLineStart) {
      atLineStart = false;
      if (flow === 0) {
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (type === "flow-map-start" || type === "flow-seq-start") flow++;
    else if (type === "flow-map-end" || type === "flow-seq-end") flow = Math.max(0, flow - 1);
    else if (type === "seq-item-ind" || type === "explicit-key-ind") indicatorsOnLine++;
    const depth = flow + indents.length + indicatorsOnLine;
    if (depth > max) {
      max = depth;
      if (max > stopAt) return max;
    }
  }
  return max;
}

function refuseTooDeep(text: string, maxDepth: number): void {
  if (measureDepth(text, maxDepth) > maxDepth) {
    throw new IngestError("too-deep", `The document is nested more than ${maxDepth} levels deep, which no real spec needs.`);
  }
}

export type ParseOptions = { maxDepth?: number; maxAliasCount?: number };

/** Text → a spec: a plain object (its fields are checked later). */
export function parseSpec(text: string, options: ParseOptions = {}): ParsedSpec {
  const parsed = parseDocument(text, options);
  return { ...parsed, data: topLevelObject(parsed.data) };
}

/** Text → plain data of any shape. JSON is YAML, so the YAML parser serves both; JSON has a faster way first. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const json = parseJson(text, maxDepth);
  if (json) return json;
  refuseTooDeep(text, maxDepth);

  const lineCounter = new LineCounter();
  return readYaml(parseYaml(text, { ...SAFE_YAML, lineCounter }), lineCounter, options);
}

const SAFE_YAML: Parameters<typeof parseYaml>[1] = {
  schema: "core", // YAML 1.2 core: no !!js/*, !!python/*, !!binary, timestamps or merge keys
  customTags: [],
  uniqueKeys: true, // duplicate keys become errors
  prettyErrors: true,
};

/**
 * Text of several YAML documents (separated by `---`, as Backstage's catalog-info.yaml is) →
 * each one's plain data, with the same limits and refusals as a single document. The first
 * problem in any document refuses the whole text.
 */
export function parseYamlDocuments(text: string, options: ParseOptions = {}): (ParsedDocument & { line: number })[] {
  refuseTooDeep(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...SAFE_YAML, lineCounter });
  if (!Array.isArray(docs)) return [];
  return docs.map((doc) => ({ ...readYaml(doc, lineCounter, options), line: lineCounter.linePos((doc.contents ?? doc).range?.[0] ?? 0).line }));
}

/** A parsed YAML document's plain data, refused if the parser found a problem, an unknown tag or too many aliases. */
function readYaml(doc: YamlDocument, lineCounter: LineCounter, options: ParseOptions): ParsedDocument {
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const tooDeep = /call stack/i.test(first.message);
    const what = first.code === "DUPLICATE_KEY" ? "has a duplicate key" : "is not valid YAML or JSON";
    throw new IngestError(
      tooDeep ? "too-deep" : "invalid-yaml",
      tooDeep
        ? "The document is nested too deeply to check."
        : `The file ${what}${pos ? ` (line ${pos.line}, column ${pos.col})` : ""}: ${first.message.split("\n")[0]}`,
      pos && { line: pos.line, column: pos.col },
    );
  }
  // An unknown tag is only a warning in `yaml`; we refuse it, since it means the author
  // expected some loader to build a custom object (e.g. !!js/function, !!python/object).
  const tagWarning = doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (tagWarning) {
    const pos = tagWarning.linePos?.[0];
    throw new IngestError(
      "unsafe-yaml",
      `The file uses a YAML tag we do not accept${pos ? ` (line ${pos.line})` : ""}. Only plain YAML/JSON data is allowed: ${tagWarning.message.split("\n")[0]}`,
      pos && { line: pos.line, column: pos.col },
    );
  }

  let data: unknown;
  try {
    // toJS builds plain objects with defineProperty-style keys: `__proto__` stays an own key.
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError || /alias/i.test(String(e))) {
      throw new IngestError("unsafe-yaml", "The file uses too many YAML aliases (a possible “alias bomb”), so we did not read it.");
    }
    if (e instanceof RangeError) throw new IngestError("too-deep", "The document is nested too deeply to check.");
    throw e;
  }

  // Like Redocly's own codeframes: walk as far as the pointer exists; for "report on key"
  // problems give the deepest key reached (e.g. a missing operationId points at `get:`).
  const locate = (pointer: string, onKey = false) => {
    let node: unknown = doc.contents;
    let range: [number, number, number] | undefined = (node as Node | null)?.range ?? undefined;
    let keyRange: [number, number, number] | undefined;
    for (const seg of splitPointer(pointer) ?? []) {
      let next: unknown;
      let nextKey: [number, number, number] | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
        next = pair?.value;
        nextKey = isScalar(pair?.key) ? (pair.key.range ?? undefined) : undefined;
      } else if (isSeq(node)) {
        next = node.items[Number(seg)];
      }
      const r = (next as Node | undefined)?.range;
      if (!r) break;
      node = next;
      range = r;
      keyRange = nextKey;
    }
    // An empty value (`example:` with nothing after it) has a zero-width range past the
    // key; point at the key instead, as Redocly does.
    const empty = range !== undefined && range[0] === range[1];
    const at = (onKey || empty) && keyRange ? keyRange : range;
    const pos = lineCounter.linePos(at ? at[0] : 0);
    return { line: pos.line, column: pos.col };
  };

  return { data, locate, locateAll: (requests) => requests.map((r) => locate(r.pointer, r.onKey)) };
}
