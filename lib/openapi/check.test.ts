import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GDS_RULES, summarise } from "@/lib/standards";
import { checkSpec } from "./check";
import { exampleProblems } from "./ingest";
import { EXAMPLE_RULES } from "./lint";
import { byPosition } from "./lint-problem";

const SPECS = path.resolve(__dirname, "../../../shared/data/specs");

describe("checking a spec against the GDS standards in the same walk as the lint", () => {
  it("scores a real spec, keeps the recommended problems apart, and places each failure in the source", async () => {
    const result = await checkSpec(fs.readFileSync(path.join(SPECS, "tfl-unified-api.yaml")));
    expect(result.versionLabel).toBe("Swagger 2.0");
    expect(JSON.parse(result.bundledJson)).toMatchObject({ swagger: "2.0", info: { title: expect.any(String) } });
    expect(result.standards.rows).toHaveLength(GDS_RULES.length);
    const { score } = summarise(result.standards, { servesDataset: false });
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    expect(result.problems.every((p) => !p.ruleId.startsWith("gds/"))).toBe(true);
    const https = result.standards.rows.find((r) => r.ruleId === "gds-https");
    expect(https?.outcome).toBeDefined();
    const failed = result.standards.rows.filter((r) => r.outcome === "fail");
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) expect(row.messages.every((m) => typeof m.line === "number" && m.line > 0)).toBe(true);
  });

  it("passes a small spec that follows the standards on every point it can check", async () => {
    const spec = `openapi: 3.0.3
info:
  title: Bank holidays
  version: "1.0"
  description: Bank holidays in the UK.
  contact: { name: API team, email: api@example.gov.uk }
servers: [{ url: "https://api.example.gov.uk/v1" }]
paths:
  /v1/holidays:
    get:
      operationId: listHolidays
      summary: List bank holidays
      responses:
        "200":
          description: The holidays
          content:
            application/json:
              schema:
                type: object
                properties:
                  holidays:
                    type: array
                    items: { type: object, properties: { holiday_date: { type: string, format: date } } }
              example: { holidays: [{ holiday_date: "2026-12-25" }] }
        "404": { description: Not found }
`;
    const result = await checkSpec(Buffer.from(spec));
    const failing = result.standards.rows.filter((r) => r.outcome === "fail" && r.severity === "error");
    expect(failing).toEqual([]);
  });

  it("cannot judge, and does not count as met, the rules that need what a missing file holds", async () => {
    const spec = `openapi: 3.0.3
info: { title: Split, version: "1", description: "A spec uploaded without its other files.", contact: { email: api@example.gov.uk } }
servers: [{ url: "https://api.example.gov.uk/v1" }]
paths:
  /things:
    get:
      responses:
        "200": { $ref: "responses.yaml#/Things" }
        "404": { description: Not found }
`;
    const result = await checkSpec(Buffer.from(spec));
    expect(result.standards.unresolvedRefs).toBe(1);
    const outcome = Object.fromEntries(result.standards.rows.map((r) => [r.ruleId, r.outcome]));
    expect(outcome).toMatchObject({ "gds-examples": "unchecked", "gds-json-media-types": "unchecked", "gds-https": "pass", "gds-info-contact": "pass" });
    const summary = summarise(result.standards, { servesDataset: false });
    expect(summary.unchecked).toBe(GDS_RULES.filter((r) => r.needsWholeDocument && !r.datasetOnly).length);
    expect(summary.score).toBeLessThan(50);
  });
});

describe("a check shared by two workers (LintPart)", () => {
  // Each real spec: between them, each of the example rules finds problems.
  const specs = fs
    .readdirSync(SPECS)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => [f, fs.readFileSync(path.join(SPECS, f))] as const);

  it.each(specs)("finds in %s, between the example rules and the rest, exactly what the whole check finds", async (_, bytes) => {
    const [whole, rest, examples] = await Promise.all([checkSpec(bytes), checkSpec(bytes, { part: "rest" }), exampleProblems(bytes)]);
    expect(examples.every((p) => (EXAMPLE_RULES as readonly string[]).includes(p.ruleId))).toBe(true);
    expect(rest.problems.some((p) => (EXAMPLE_RULES as readonly string[]).includes(p.ruleId))).toBe(false);
    expect({ ...rest, problems: [...rest.problems, ...examples].sort(byPosition) }).toEqual(whole);
  });
});
