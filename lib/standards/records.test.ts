/**
 * Each real spec's reviewed record (records/<spec>.md) against a fresh check: a change in any
 * verdict, number of findings or score fails here, so it is seen, reviewed and written down.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GDS_RULES, summarise, type StandardsResult } from "./index";
import { lintWithGds } from "./testing";

const SPECS = join(process.cwd(), "..", "shared", "data", "specs");
const RECORDS = join(process.cwd(), "lib", "standards", "records");
const files = readdirSync(SPECS).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

type RecordRow = { ruleId: string; outcome: string; findings: number; why: string };

function readRecord(file: string): { rows: RecordRow[]; scores: string } {
  const text = readFileSync(join(RECORDS, `${file.replace(/\.[^.]+$/, "")}.md`), "utf8");
  const rows = [...text.matchAll(/^\| (gds-[a-z0-9-]+) \| [^|]+ \| ([a-z-]+) \| (\d+) \| (.*?) ?\|$/gm)].map((m) => ({ ruleId: m[1]!, outcome: m[2]!, findings: Number(m[3]), why: m[4]!.trim() }));
  const scores = /^Score: \*\*(\w+)\*\* .*?\((\d+) of \d+ rules applied\), \*\*(\w+)\*\* when it is \((\d+) of \d+\)\.$/m.exec(text)?.slice(1).join(" ") ?? "no score line";
  return { rows, scores };
}

const scoresOf = (result: StandardsResult): string =>
  [false, true].map((servesDataset) => summarise(result, { servesDataset })).map((s) => `${s.score ?? "none"} ${s.applied}`).join(" ");

describe("the reviewed record of every real spec", () => {
  for (const file of files) {
    it(`matches a fresh check of ${file}`, async () => {
      expect(existsSync(join(RECORDS, `${file.replace(/\.[^.]+$/, "")}.md`)), `lib/standards/records/ has no record for ${file}`).toBe(true);
      const { result } = await lintWithGds(readFileSync(join(SPECS, file), "utf8"));
      const record = readRecord(file);
      const fresh = result.rows.map((r) => `${r.ruleId} ${r.outcome} ${r.messages.length}`);
      expect(record.rows.map((r) => `${r.ruleId} ${r.outcome} ${r.findings}`), `${file}: a verdict changed; review it, then update the record`).toEqual(fresh);
      expect(record.scores, `${file}: the scores changed`).toBe(scoresOf(result));
      for (const row of record.rows) if (row.outcome === "fail") expect(row.why, `${file}: ${row.ruleId} fails with no reasoning`).not.toBe("");
    });
  }

  it("covers every rule in each record", () => {
    for (const file of files) expect(readRecord(file).rows.map((r) => r.ruleId)).toEqual(GDS_RULES.map((r) => r.id));
  });
});
