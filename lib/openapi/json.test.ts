import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { jsonLocator, jsonNeedsCarefulParse } from "./json";
import { parseSpec } from "./parse";

const SPEC = readFileSync(path.resolve(__dirname, "../../../shared/data/specs/govuk-pay-public-api.json"), "utf8");

/** Every pointer in a document, as Redocly writes them. */
function pointers(node: unknown, at = "#"): string[] {
  if (node === null || typeof node !== "object") return [at];
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
  return [at, ...entries.flatMap(([k, v]) => pointers(v, `${at}/${encodeURIComponent(k.replace(/~/g, "~0").replace(/\//g, "~1"))}`))];
}

describe("the JSON fast path", () => {
  it("places every pointer of a real JSON spec where the YAML parser does, keys too, in one call", () => {
    // A YAML document (a comment first) goes the YAML way; the same JSON goes the fast way.
    const slow = parseSpec(`# yaml\n${SPEC}`);
    const fast = parseSpec(SPEC);
    expect(fast.data).toEqual(slow.data);
    const all = pointers(fast.data).flatMap((pointer) => [{ pointer }, { pointer, onKey: true }]);
    all.push({ pointer: "#/paths/~1v1~1payments/post/no-such-key" }, { pointer: "#/components/schemas/nothing/here" });
    const shift = (p: { line: number; column: number }) => ({ line: p.line - 1, column: p.column });
    expect(fast.locateAll(all)).toEqual(slow.locateAll(all).map(shift));
  });

  it("handles escapes in keys and strings, and nested arrays", () => {
    const text = '{\n  "a\\"b": {"x": ["q\\\\", {"k\\u0041": [1, 2, {"deep": true}]}]},\n  "next": 1\n}';
    const requests = [{ pointer: '#/a"b/x/1/kA/2/deep' }, { pointer: "#/next", onKey: true }, { pointer: "#/a%22b/x/0" }];
    const slow = parseSpec(`# yaml\n${text}`).locateAll(requests).map((p) => ({ ...p, line: p.line - 1 }));
    expect(jsonLocator(text)(requests)).toEqual(slow);
    expect(slow).toEqual([
      { line: 2, column: 53 },
      { line: 3, column: 3 },
      { line: 2, column: 18 },
    ]);
  });

  it("leaves duplicate keys and deep nesting to the YAML parser, which says where they are", () => {
    expect(jsonNeedsCarefulParse('{"a": {"b": 1, "b": 2}}', 10)).toBe(true);
    expect(jsonNeedsCarefulParse('{"a": {"b": 1}, "c": {"b": 2}, "s": "{\\"a\\": 1, \\"a\\": 2}"}', 10)).toBe(false);
    expect(jsonNeedsCarefulParse('{"a": [[[1]]]}', 3)).toBe(true);
    expect(jsonNeedsCarefulParse('{"a": [[1]]}', 3)).toBe(false);
    const err = (() => {
      try {
        parseSpec('{\n  "openapi": "3.0.0",\n  "openapi": "3.1.0"\n}');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code: "invalid-yaml", line: 3 });
  });

  it("reads JSON-looking YAML (unquoted keys) the YAML way", () => {
    expect(parseSpec("{openapi: 3.0.0, info: {title: t}}").data).toEqual({ openapi: "3.0.0", info: { title: "t" } });
  });
});
