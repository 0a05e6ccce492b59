import { describe, expect, it } from "vitest";
import type { RowResult } from "./fields";
import { collectRows } from "./rows";

const normalise = (values: Record<string, string>): RowResult<{ key: string }> => {
  if (!values.key) return { ok: false, reason: "the key is missing" };
  return { ok: true, value: { key: values.key.toLowerCase() }, warnings: values.note ? [values.note] : [] };
};

describe("collectRows", () => {
  it("keeps good rows, and notes skipped rows and warnings by line", () => {
    const result = collectRows(
      [
        { line: 2, values: { key: "A", note: "" } },
        { line: 3, values: { key: "", note: "" } },
        { line: 5, values: { key: "b", note: "startDate dropped" } },
        { line: 6, values: { key: "a", note: "" } },
      ],
      normalise,
      (v) => v.key,
      (v, first) => `repeats "${v.key}" from line ${first}`,
    );
    expect(result.kept).toEqual([
      { line: 2, value: { key: "a" } },
      { line: 5, value: { key: "b" } },
    ]);
    expect(result.skipped).toEqual([
      { line: 3, reason: "the key is missing" },
      { line: 6, reason: 'repeats "a" from line 2' },
    ]);
    expect(result.warnings).toEqual([{ line: 5, reason: "startDate dropped" }]);
  });
});
