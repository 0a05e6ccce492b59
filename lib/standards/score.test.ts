import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GDS_RULES, MINIMUM_APPLIED, readStandards, scoreOf, summarise } from "./index";
import { lintWithGds, oas3 } from "./testing";

const SPECS = join(process.cwd(), "..", "shared", "data", "specs");
const files = readdirSync(SPECS).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const contexts = [{ servesDataset: false }, { servesDataset: true }];

/** The same API as a multi-file spec uploaded alone: its schemas moved to another file, every $ref to them now external. */
function withoutItsOtherFiles(text: string): string {
  const doc = parse(text, { maxAliasCount: 100 }) as Record<string, any>;
  const prefix = doc.swagger ? "#/definitions/" : "#/components/schemas/";
  if (doc.swagger) delete doc.definitions;
  else delete doc.components?.schemas;
  const move = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(move);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (k === "$ref" && typeof v === "string" && v.startsWith(prefix)) (node as Record<string, unknown>)[k] = `schemas.yaml#/${v.slice(prefix.length)}`;
        else move(v);
      }
    }
  };
  move(doc);
  return JSON.stringify(doc, null, 2);
}

describe("a document with unresolved $refs", () => {
  for (const file of files) {
    it(`never scores ${file} higher than the whole document, and says which rules could not be checked`, async () => {
      const text = readFileSync(join(SPECS, file), "utf8");
      const whole = (await lintWithGds(text)).result;
      const alone = (await lintWithGds(withoutItsOtherFiles(text))).result;
      expect(alone.unresolvedRefs).toBeGreaterThan(0);
      const unchecked = alone.rows.filter((r) => r.outcome === "unchecked").map((r) => r.ruleId);
      expect(unchecked).toEqual(GDS_RULES.filter((m) => m.needsWholeDocument).map((m) => m.id));
      for (const context of contexts) {
        const [a, w] = [summarise(alone, context), summarise(whole, context)];
        if (a.score !== null && w.score !== null) expect(a.score).toBeLessThanOrEqual(w.score);
        expect(a.score === null || w.score !== null).toBe(true);
      }
    });
  }

  it("judges the rules that do not need the whole document", async () => {
    const src = oas3({}, { responses: { "200": { $ref: "responses.yaml#/Ok" } } });
    const { result } = await lintWithGds(src);
    const outcome = (id: string) => result.rows.find((r) => r.ruleId === id)?.outcome;
    expect([outcome("gds-https"), outcome("gds-info-contact"), outcome("gds-version-in-url")]).toEqual(["pass", "pass", "pass"]);
    expect(outcome("gds-examples")).toBe("unchecked");
    const summary = summarise(result, { servesDataset: true });
    expect(summary.rows.find((r) => r.ruleId === "gds-examples")).toMatchObject({ outcome: "unchecked", reason: "unresolved-refs" });
    expect(summary.unresolvedRefs).toBe(1);
  });
});

describe("not enough to score", () => {
  it("gives a Swagger file with no operations no score, and says how many rules applied", async () => {
    const { result } = await lintWithGds(`swagger: "2.0"\ninfo: {title: Empty, version: "1", description: "Nothing here yet, but a description.", contact: {email: a@example.gov.uk}}\nschemes: [https]\npaths: {}\n`);
    const summary = summarise(result, { servesDataset: true });
    expect(summary.score).toBeNull();
    expect(summary.applied).toBeLessThan(MINIMUM_APPLIED);
    expect(summary.total).toBe(GDS_RULES.length);
  });

  it("scores a spec where enough rules apply", async () => {
    const summary = summarise((await lintWithGds(oas3())).result, { servesDataset: false });
    expect(summary.applied).toBeGreaterThanOrEqual(MINIMUM_APPLIED);
    expect(summary.score).toBe(100);
  });
});

describe("points 21 and 22 apply only to an API that serves a dataset", () => {
  it("does not count them unless the publisher says it serves a dataset", async () => {
    const { result } = await lintWithGds(oas3({}, { parameters: [], responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: {} } } }, "404": { description: "none" } } }));
    const notDataset = summarise(result, { servesDataset: false });
    const dataset = summarise(result, { servesDataset: true });
    for (const id of ["gds-bulk-csv", "gds-incremental-changes"]) {
      expect(notDataset.rows.find((r) => r.ruleId === id)).toMatchObject({ outcome: "not-applicable", reason: "not-a-dataset", messages: [] });
      expect(dataset.rows.find((r) => r.ruleId === id)?.outcome).toBe("fail");
    }
    expect(notDataset.score).toBe(100);
    expect(dataset.score).toBeLessThan(100);
    expect(scoreOf(JSON.stringify(result), { servesDataset: true })).toBe(dataset.score);
  });
});

describe("severity follows the standard's words", () => {
  it("makes a rule a requirement only where its quote mandates or says must", () => {
    for (const rule of GDS_RULES) expect(rule.severity, rule.id).toBe(/\b(must|mandat\w*)\b/i.test(rule.quote) ? "error" : "warn");
  });

  it("quotes the standard word for word, curly apostrophes and all", () => {
    const text = readFileSync(join(process.cwd(), "..", "shared", "reference", "gds-api-technical-and-data-standards.md"), "utf8").replace(/\s+/g, " ");
    for (const rule of GDS_RULES) expect(text, rule.id).toContain(rule.quote);
  });
});

describe("checks stored before format 2", () => {
  const legacy = JSON.stringify({ score: 87, rows: [{ ruleId: "gds-https", point: 3, title: "Servers use HTTPS", severity: "error", outcome: "pass", messages: [] }, { ruleId: "gds-bulk-csv", point: 21, title: "Bulk download offered as CSV", severity: "warn", outcome: "fail", messages: [{ message: "No CSV.", line: 3 }] }] });

  it("still read, shown as they were stored, with the standard's words", () => {
    const summary = summarise(readStandards(legacy)!, { servesDataset: false });
    expect(summary).toMatchObject({ score: 87, legacy: true, applied: 2, total: 2 });
    expect(summary.rows[1]).toMatchObject({ outcome: "fail", messages: [{ message: "No CSV.", line: 3 }], quote: expect.stringContaining("CSV formats") });
    expect(scoreOf(legacy, { servesDataset: true })).toBe(87);
    expect(readStandards(null)).toBeNull();
  });
});
