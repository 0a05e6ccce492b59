import { describe, expect, it } from "vitest";
import { longestRefChain } from "./refchain";

function chain(n: number) {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    schemas[`S${i}`] = i + 1 < n ? { type: "object", properties: { next: { $ref: `#/components/schemas/S${i + 1}` } } } : { type: "string" };
  }
  return { openapi: "3.0.0", paths: { "/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/S0" } } } } } } } }, components: { schemas } };
}

describe("longestRefChain", () => {
  it("counts a linear chain", () => {
    expect(longestRefChain({ a: 1 })).toBe(0);
    expect(longestRefChain(chain(1))).toBe(1);
    expect(longestRefChain(chain(5))).toBe(5);
    expect(longestRefChain(chain(5000))).toBe(5000); // iterative: no stack overflow here either
  });
  it("terminates on cycles", () => {
    const doc = { components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { properties: { a: { $ref: "#/components/schemas/A" } } } } } };
    expect(longestRefChain(doc)).toBe(2);
  });
  it("follows targets however they are spelled, and skips a malformed one", () => {
    const doc = { components: { schemas: { "a b": { $ref: "#/components/schemas/c" }, c: { type: "string" } } }, x: { $ref: "#/components/schemas/a%20b" }, y: { $ref: "#/components/schemas/a%" } };
    expect(longestRefChain(doc)).toBe(2);
  });
});
