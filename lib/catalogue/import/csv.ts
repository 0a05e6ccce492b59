import { CsvError, parse } from "csv-parse/sync";
import { FatalImportError } from "./errors";

/** One data row: the line it starts on (1-based, the header is line 1) and its values by column. */
export type CsvRecord = { line: number; values: Record<string, string> };
/** A row that could not be read as CSV. */
export type CsvProblem = { line: number; reason: string };
export type CsvResult = { columns: string[]; records: CsvRecord[]; problems: CsvProblem[] };

type Parsed = { fields: string[]; startLine: number; endLine: number };

/**
 * Parses CSV text whose first row is the header. A row with the wrong number of values, or
 * with broken quoting, is reported against the line it starts on and parsing carries on.
 *
 * csv-parse's own `skip_records_with_error` stays inside the broken quote after a bad closing
 * quote and silently swallows the rows that follow, so instead we stop at the error and
 * restart the parser on the line after the broken row. Rows it swallowed are then read again.
 */
export function parseCsv(text: string, requiredColumns: readonly string[] = [], fileName = "the file"): CsvResult {
  const lineStarts = lineOffsets(text);
  const rows: Parsed[] = [];
  const problems: CsvProblem[] = [];
  let fromLine = 1;
  while (fromLine <= lineStarts.length) {
    const error = parseFrom(text, lineStarts, fromLine, rows);
    if (!error) break;
    const previousEnd = Math.max(rows.at(-1)?.endLine ?? 0, fromLine - 1);
    const badLine = firstNonEmptyLine(text, lineStarts, previousEnd + 1);
    if (badLine === 1) throw new FatalImportError(`${fileName}: the header row cannot be read (${explain(error)})`);
    problems.push({ line: badLine, reason: `malformed CSV: ${explain(error)}` });
    fromLine = badLine + 1;
  }

  const [header, ...data] = rows;
  if (!header) throw new FatalImportError(`${fileName} is empty or has no header row`);
  const columns = header.fields.map((c) => c.trim());
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length) throw new FatalImportError(`${fileName} has no ${missing.map((c) => `"${c}"`).join(", ")} column`);

  const records: CsvRecord[] = [];
  for (const row of data) {
    if (row.fields.length !== columns.length) {
      problems.push({
        line: row.startLine,
        reason: `malformed CSV: the row has ${row.fields.length} values but the header has ${columns.length} columns`,
      });
      continue;
    }
    records.push({ line: row.startLine, values: Object.fromEntries(columns.map((c, i) => [c, row.fields[i] ?? ""])) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { columns, records, problems };
}

/**
 * Parses from `fromLine` to the end, appending rows; returns the CSV error that stopped it, if any.
 * csv-parse tells us the line each record ends on (its info `lines`); a record starts on the
 * first non-empty line after the previous one ends, which is the line we report.
 */
function parseFrom(text: string, lineStarts: number[], fromLine: number, rows: Parsed[]): CsvError | undefined {
  const lineBase = fromLine - 1;
  let previousEnd = lineBase;
  try {
    parse(text.slice(lineStarts[fromLine - 1]), {
      bom: fromLine === 1,
      // We check the column count ourselves so that a short or long row is reported, not fatal.
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], info) => {
        const endLine = info.lines + lineBase;
        rows.push({ fields, startLine: firstNonEmptyLine(text, lineStarts, previousEnd + 1), endLine });
        previousEnd = endLine;
        return null; // collected here, so the parser need not keep its own copy
      },
    });
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  return undefined;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1 && i < text.length - 1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The parser skips empty lines, so a broken row starts at the first non-empty line after the last good one. */
function firstNonEmptyLine(text: string, lineStarts: number[], from: number): number {
  let line = from;
  while (line < lineStarts.length && isEmptyLine(text, lineStarts[line - 1] ?? 0)) line++;
  return line;
}

function isEmptyLine(text: string, offset: number): boolean {
  return text[offset] === "\n" || (text[offset] === "\r" && text[offset + 1] === "\n");
}

/** csv-parse's messages are written for programmers; these are for whoever edits the CSV. */
function explain(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted value is opened but never closed (unbalanced quotes)";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a closing quote is followed by other text instead of a comma or the end of the line (unbalanced quotes)";
    case "INVALID_OPENING_QUOTE":
      return "a quote appears in the middle of a value that does not start with a quote";
    default:
      return error.message;
  }
}
