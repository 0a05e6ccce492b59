import { expect } from "vitest";
import { IngestError } from "./errors";

/** The IngestError code a step throws, or undefined when it does not throw (for tests). */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).code;
  }
  return undefined;
}

/** A valid spec whose schemas form one chain of `n` $refs, each pointing to the next. */
export function chainSpec(n: number): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    schemas[`S${i}`] = i + 1 < n ? { type: "object", properties: { next: { $ref: `#/components/schemas/S${i + 1}` } } } : { type: "string" };
  }
  return JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: { "/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/S0" } } } } } } } },
    components: { schemas },
  });
}
