import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { FatalImportError } from "./errors";

describe("parseCsv", () => {
  it("maps values to header columns and reports the line each record starts on", () => {
    const text = 'a,b,c\n1,"two\nlines",3\n\n4,5,6\n7,8,"9"';
    const { columns, records, problems } = parseCsv(text);
    expect(columns).toEqual(["a", "b", "c"]);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 2, values: { a: "1", b: "two\nlines", c: "3" } },
      { line: 5, values: { a: "4", b: "5", c: "6" } },
      { line: 6, values: { a: "7", b: "8", c: "9" } },
    ]);
  });

  it("handles a byte-order mark and CRLF line endings", () => {
    const { columns, records } = parseCsv("\ufeffa,b\r\n1,2\r\n3,4\r\n");
    expect(columns).toEqual(["a", "b"]);
    expect(records.map((r) => r.line)).toEqual([2, 3]);
  });

  it("reports a row with the wrong number of values and keeps the rest", () => {
    const { records, problems } = parseCsv("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    expect(records.map((r) => r.values.a)).toEqual(["1", "10"]);
    expect(problems).toEqual([
      { line: 3, reason: "malformed CSV: the row has 2 values but the header has 3 columns" },
      { line: 4, reason: "malformed CSV: the row has 4 values but the header has 3 columns" },
    ]);
  });

  it("reports a bad closing quote and carries on with the next rows", () => {
    const { records, problems } = parseCsv('a,b,c\n1,2,3\n4,"five"x,6\n7,8,9\n');
    expect(records.map((r) => r.values.a)).toEqual(["1", "7"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.reason).toMatch(/unbalanced quotes/);
  });

  it("reports a quote that is never closed and recovers the rows it swallowed", () => {
    const { records, problems } = parseCsv('a,b,c\n1,2,3\n4,"five,6\n7,8,9\n10,11,12\n');
    expect(records.map((r) => r.values.a)).toEqual(["1", "7", "10"]);
    expect(problems).toEqual([{ line: 3, reason: "malformed CSV: a quoted value is opened but never closed (unbalanced quotes)" }]);
  });

  it("reports a stray quote inside an unquoted value", () => {
    const { records, problems } = parseCsv('a,b\n1,x"y\n2,3\n');
    expect(records.map((r) => r.values.a)).toEqual(["2"]);
    expect(problems[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/quote/) });
  });

  it("reports a broken multi-line row against the line it starts on", () => {
    const { records, problems } = parseCsv('a,b\n1,"multi\nline"oops\n2,3\n');
    expect(problems[0]?.line).toBe(2);
    expect(records.map((r) => r.values.a)).toContain("2");
  });

  it("fails when required columns are missing or the file is empty", () => {
    expect(() => parseCsv("a,b\n1,2\n", ["a", "name"], "x.csv")).toThrow(FatalImportError);
    expect(() => parseCsv("a,b\n1,2\n", ["a", "name"], "x.csv")).toThrow('x.csv has no "name" column');
    expect(() => parseCsv("", [], "x.csv")).toThrow("x.csv is empty");
    expect(() => parseCsv('"a,b\n', [], "x.csv")).toThrow(/header row cannot be read/);
  });
});
