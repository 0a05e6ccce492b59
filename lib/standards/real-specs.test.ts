import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GDS_RULES } from "./index";
import { lintWithGds } from "./testing";

const DIR = join(process.cwd(), "..", "shared", "data", "specs");
const files = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

describe("GDS standards over the eight real specs", () => {
  it("finds eight specs", () => expect(files).toHaveLength(8));
  for (const file of files) {
    it(`scores ${file}`, async () => {
      const { result } = await lintWithGds(readFileSync(join(DIR, file), "utf8"));
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(result.rows.map((r) => r.ruleId)).toEqual(GDS_RULES.map((r) => r.id));
      const summary = result.rows.map((r) => `${r.ruleId}=${r.outcome}${r.outcome === "fail" ? `(${r.messages.length})` : ""}`).join(" ");
      console.log(`GDS score ${file}: ${result.score}/100 — ${summary}`);
    });
  }
});
