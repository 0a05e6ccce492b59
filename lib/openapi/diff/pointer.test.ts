import { describe, expect, it } from "vitest";
import { atPointer, decodeToken, escapeToken, splitPointer } from "./pointer";

describe("JSON pointers", () => {
  it("decodes ~1, ~0 and percent-encoding, in that order of meaning", () => {
    expect(splitPointer("#/paths/~1pets~1{id}/get")).toEqual(["paths", "/pets/{id}", "get"]);
    expect(splitPointer("/a~0b/c%20d")).toEqual(["a~b", "c d"]);
    expect(splitPointer("#/")).toEqual([]);
    expect(splitPointer("")).toEqual([]);
    expect(decodeToken(escapeToken("a/b~c"))).toBe("a/b~c");
  });

  it("calls a token with broken percent-encoding malformed instead of throwing", () => {
    expect(decodeToken("a%")).toBeUndefined();
    expect(splitPointer("#/components/schemas/a%")).toBeUndefined();
    expect(atPointer({ components: { schemas: { "a%": 1 } } }, "/components/schemas/a%")).toBeUndefined();
  });

  it("finds own properties only", () => {
    const doc = { a: [{ b: 1 }] };
    expect(atPointer(doc, "/a/0/b")).toBe(1);
    expect(atPointer(doc, "/__proto__")).toBeUndefined();
    expect(atPointer(doc, "/a/1")).toBeUndefined();
  });
});
