import path from "node:path";
import { expect } from "vitest";
import { IngestError } from "./errors";

/** The real UK specs shared with the project (../shared beside the repository). */
export const SPECS_DIR = path.resolve(__dirname, "../../../shared/data/specs");

/** The IngestError code a step throws or rejects with, or undefined when it succeeds (for tests). */
export async function codeOf(work: (() => unknown) | Promise<unknown>): Promise<string | undefined> {
  try {
    await (typeof work === "function" ? work() : work);
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

/** A valid spec of `n` paths, each with its own schemas: slow to check, harmless. */
export function manyPaths(n: number): string {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    schemas[`Thing${i}`] = { type: "object", properties: { id: { type: "string" }, created_at: { type: "string", format: "date-time" }, tags: { type: "array", items: { type: "string" } } } };
    paths[`/v1/things${i}/{id}`] = {
      get: {
        operationId: `getThing${i}`,
        summary: "Get a thing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The thing", content: { "application/json": { schema: { $ref: `#/components/schemas/Thing${i}` } } } },
          "404": { description: "No such thing" },
        },
      },
    };
  }
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Things", version: "1" }, servers: [{ url: "https://example.gov.uk/v1" }], paths, components: { schemas } });
}
