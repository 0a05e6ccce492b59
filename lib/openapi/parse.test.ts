import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { codeOf } from "./testing";
import { measureDepth, parseSpec } from "./parse";

describe("parseSpec", () => {
  it("parses YAML and JSON with one parser", () => {
    expect(parseSpec("openapi: 3.0.0\ninfo: {title: x}\n").data).toEqual({ openapi: "3.0.0", info: { title: "x" } });
    expect(parseSpec('{"openapi": "3.1.0", "n": 1}').data).toEqual({ openapi: "3.1.0", n: 1 });
  });

  it("uses the YAML 1.2 core schema (no 1.1 yes/no booleans, no timestamps)", () => {
    expect(parseSpec("a: yes\nb: 2001-12-14\nc: true").data).toEqual({ a: "yes", b: "2001-12-14", c: true });
  });

  it("reports invalid YAML with its line", () => {
    try {
      parseSpec("openapi: 3.0.0\ninfo:\n  title: [unclosed\n");
      expect.unreachable();
    } catch (e) {
      expect((e as IngestError).code).toBe("invalid-yaml");
      expect((e as IngestError).line).toBeGreaterThan(0);
    }
  });

  it("reports duplicate keys", () => {
    expect(() => parseSpec("openapi: 3.0.0\npaths: {}\npaths: {}\n")).toThrow(/duplicate key/);
  });

  it("refuses unsafe/custom YAML tags", async () => {
    expect(await codeOf(() => parseSpec('openapi: 3.0.0\nx: !!js/function "function(){}"\n'))).toBe("unsafe-yaml");
    expect(await codeOf(() => parseSpec("openapi: 3.0.0\nx: !!python/object:os.system [ls]\n"))).toBe("unsafe-yaml");
    expect(await codeOf(() => parseSpec("openapi: 3.0.0\nx: !custom 1\n"))).toBe("unsafe-yaml");
  });

  it("refuses a YAML alias bomb", async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = "abcdefghi";
    for (let i = 1; i < names.length; i++) {
      const p = names[i - 1];
      lines.push(`${names[i]}: &${names[i]} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`);
    }
    expect(await codeOf(() => parseSpec(lines.join("\n")))).toBe("unsafe-yaml");
  });

  it("refuses 100,000-deep nesting without a stack overflow", async () => {
    const n = 100_000;
    const cases = [
      "[".repeat(n) + "]".repeat(n),
      "a: " + "{a: ".repeat(n) + "1" + "}".repeat(n),
      "- ".repeat(n) + "x",
      Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "a:").join("\n") + " 1", // `a: a: a:` in block style
    ];
    for (const text of cases) expect(await codeOf(() => parseSpec(text))).toBe("too-deep");
  });

  it("measures ordinary depth sensibly", () => {
    expect(measureDepth("a:\n  b:\n    c: [1, {d: 2}]\n")).toBeLessThanOrEqual(6);
    expect(measureDepth("a: 'it''s [not a bracket'\nb: x [y\n")).toBe(1);
  });

  it("keeps __proto__ as plain data without touching prototypes", () => {
    const { data } = parseSpec('openapi: 3.0.0\n__proto__:\n  polluted: yes\nx:\n  __proto__: {polluted: 1}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, "__proto__")).toBe(true);
    expect((data as Record<string, unknown>).polluted).toBeUndefined();
    const json = parseSpec('{"openapi":"3.0.0","__proto__":{"polluted":1}}').data;
    expect(Object.hasOwn(json, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a top-level array or scalar", async () => {
    expect(await codeOf(() => parseSpec("[1, 2]"))).toBe("not-an-object");
    expect(await codeOf(() => parseSpec('"just a string"'))).toBe("not-an-object");
    expect(await codeOf(() => parseSpec("42"))).toBe("not-an-object");
  });

  it("maps JSON pointers to line and column", () => {
    const { locate } = parseSpec("openapi: 3.0.0\npaths:\n  /pets:\n    get:\n      summary: x\n  /a/b: {}\nlist: [1, 2]\n");
    expect(locate("#/paths/~1pets/get/summary")).toEqual({ line: 5, column: 16 });
    expect(locate("#/paths/~1pets/get", true)).toEqual({ line: 4, column: 5 });
    expect(locate("#/paths/~1a~1b").line).toBe(6);
    expect(locate("#/list/1")).toEqual({ line: 7, column: 11 });
    expect(locate("#/paths/~1pets/missing").line).toBe(4); // nearest ancestor
  });
});
