import type { CsvRecord } from "./csv";
import type { RowResult } from "./fields";

export type Kept<T> = { line: number; value: T };
export type LineIssue = { line: number; reason: string };
export type Collected<T> = { kept: Kept<T>[]; skipped: LineIssue[]; warnings: LineIssue[] };

/**
 * Normalises every record, keeping the good ones and noting the rest by line. A second row
 * with the same identity is skipped, not merged: it would otherwise overwrite the first on
 * every run, and which one "wins" would depend on the order of the file.
 */
export function collectRows<T>(
  records: CsvRecord[],
  normalise: (values: Record<string, string>) => RowResult<T>,
  identityOf: (value: T) => string,
  describeDuplicate: (value: T, firstLine: number) => string,
): Collected<T> {
  const result: Collected<T> = { kept: [], skipped: [], warnings: [] };
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of records) {
    const row = normalise(values);
    if (!row.ok) {
      result.skipped.push({ line, reason: row.reason });
      continue;
    }
    const identity = identityOf(row.value);
    const firstLine = firstLineOf.get(identity);
    if (firstLine !== undefined) {
      result.skipped.push({ line, reason: describeDuplicate(row.value, firstLine) });
      continue;
    }
    firstLineOf.set(identity, line);
    result.kept.push({ line, value: row.value });
    result.warnings.push(...row.warnings.map((reason) => ({ line, reason })));
  }
  return result;
}
