/** Test helpers: lint a spec string with only the GDS rules, never touching the network or disk. */
import { Source, createConfig, lintDocument, type Config, type NormalizedProblem } from "@redocly/openapi-core";
import { expect } from "vitest";
import { parse } from "yaml";
import { ArchiveResolver } from "@/lib/openapi/resolver";
import { gdsPlugin, gdsRulesConfig, scoreStandards, type StandardsResult } from "./index";

let config: Promise<Config> | undefined;
/**
 * Only the GDS rules, plus Redocly's no-unresolved-refs, which scoring reads to know a document
 * is incomplete (createConfig without `extends` applies no other built-in rule).
 */
export const gdsOnlyConfig = (): Promise<Config> =>
  (config ??= createConfig({ plugins: [gdsPlugin], rules: { ...gdsRulesConfig, "no-unresolved-refs": "error" } }, { externalRefResolver: new ArchiveResolver() }));

/**
 * Parses with the `yaml` package (YAML 1.2 core schema, as ingest does) and lints the parsed
 * document with `lintDocument`, so Redocly's own YAML parser never sees the text (it rejects
 * some valid YAML, e.g. hmrc-individuals-matching.yaml). The original text is kept in the
 * Source so problems get line/column when Redocly can map the pointer.
 */
export async function lintWithGds(source: string): Promise<{ problems: NormalizedProblem[]; document: unknown; result: StandardsResult }> {
  const document: unknown = parse(source, { maxAliasCount: 100 });
  const problems = await lintDocument({
    document: { source: new Source("/spec.yaml", source), parsed: document },
    config: await gdsOnlyConfig(),
    externalRefResolver: new ArchiveResolver(),
  });
  return { problems, document, result: scoreStandards(problems, document) };
}

type Spec = Record<string, unknown>;

/**
 * A small, standards-following OpenAPI 3.1 spec as JSON text; `over` replaces top-level parts
 * (its `components` are merged with the spec's own, so `securitySchemes: undefined` drops them),
 * `op` parts of its one operation (GET /things), `schemaProps` the properties of its list items.
 */
export function oas3(over: Spec = {}, op: Spec = {}, schemaProps: Spec = { reference: { type: "string" } }): string {
  const components = {
    schemas: { Things: { type: "object", properties: { items: { type: "array", items: { type: "object", properties: schemaProps } } } } },
    securitySchemes: { oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.gov.uk/token", scopes: {} } } } },
    ...(over.components as Spec | undefined),
  };
  return JSON.stringify(
    {
      openapi: "3.1.0",
      info: { title: "Things", version: "1.0.0", description: "Lists the things this department holds.", contact: { email: "api@example.gov.uk" } },
      servers: [{ url: "https://api.example.gov.uk/v1" }],
      security: [{ oauth: [] }],
      paths: {
        "/things": {
          get: {
            parameters: [{ name: "updated_since", in: "query", schema: { type: "string", format: "date-time" } }],
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": { schema: { $ref: "#/components/schemas/Things" }, example: { items: [] } },
                  "text/csv": { schema: { type: "string" } },
                },
              },
              "404": { description: "not found" },
            },
            ...op,
          },
        },
      },
      ...over,
      components,
    },
    null,
    2,
  );
}

/** The standards row of one rule for a spec's text. */
export async function rowOf(source: string, ruleId: string) {
  const { result } = await lintWithGds(source);
  const row = result.rows.find((r) => r.ruleId === ruleId);
  if (!row) throw new Error(`no row for ${ruleId}`);
  return row;
}

/** The rule passes the spec with no findings. */
export async function expectPass(source: string, ruleId: string) {
  const row = await rowOf(source, ruleId);
  expect(row.messages).toEqual([]);
  expect(row.outcome).toBe("pass");
}

/** The rule fails the spec, one finding matching `match`, every finding placed on a line. */
export async function expectFail(source: string, ruleId: string, match: RegExp) {
  const row = await rowOf(source, ruleId);
  expect(row.outcome).toBe("fail");
  expect(row.messages.map((m) => m.message)).toContainEqual(expect.stringMatching(match));
  for (const m of row.messages) expect(m.line).toBeGreaterThan(0);
}

/** The messages a rule gives for a spec, to check exactly which things it names. */
export async function messagesOf(source: string, ruleId: string): Promise<string[]> {
  return (await rowOf(source, ruleId)).messages.map((m) => m.message);
}
