/**
 * The bulk downloads as streams: each page of records is turned into text as the client reads
 * it (a ReadableStream that pulls the next page only when asked), so memory stays flat and the
 * first bytes leave before the last page is read.
 */
import { stringify } from "csv-stringify/sync";
import { safeCell } from "@/lib/openapi/problems";
import { COLUMNS, OGL } from "./columns";
import type { RecordItem, RecordKind } from "./records";

type Value = string | number | boolean | null | string[];

/** One cell as api.gov.uk writes it: empty for nothing, lists joined by commas, line breaks as \n in the APIs' descriptions. */
function cell(kind: RecordKind, name: string, value: Value): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(",");
  if (kind === "apis" && name === "description") return String(value).replace(/\r?\n/g, "\\n");
  return String(value);
}

/** A record as one CSV row's cells, in the columns' order; cells that a spreadsheet would run as a formula are defused. */
export function csvCells(kind: RecordKind, item: RecordItem): string[] {
  const values = item as unknown as Record<string, Value>;
  return COLUMNS[kind].map((c) => safeCell(cell(kind, c.name, values[c.name] ?? null)));
}

/** Rows as CSV text; the header row only for the first part. */
export function csvText(kind: RecordKind, items: RecordItem[], header: boolean): string {
  return stringify(items.map((item) => csvCells(kind, item)), { header, columns: COLUMNS[kind].map((c) => c.name) });
}

/** A stream that asks for the next part only when the client has taken the last. */
export function pulled(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

async function* csvParts(kind: RecordKind, pages: AsyncIterable<RecordItem[]>): AsyncGenerator<string> {
  let header = true;
  for await (const page of pages) {
    yield csvText(kind, page, header);
    header = false;
  }
  if (header) yield csvText(kind, [], true);
}

async function* jsonParts(kind: RecordKind, pages: AsyncIterable<RecordItem[]>): AsyncGenerator<string> {
  yield `{"licence":${JSON.stringify(OGL)},"${kind}":[`;
  let first = true;
  for await (const page of pages) {
    yield (first ? "" : ",") + page.map((item) => JSON.stringify(item)).join(",");
    first = false;
  }
  yield "]}\n";
}

export function csvStream(kind: RecordKind, pages: AsyncIterable<RecordItem[]>): ReadableStream<Uint8Array> {
  return pulled(csvParts(kind, pages));
}

/** `{ "licence": …, "<kind>": [ …items ] }`: an object at the top, never a bare array. */
export function jsonStream(kind: RecordKind, pages: AsyncIterable<RecordItem[]>): ReadableStream<Uint8Array> {
  return pulled(jsonParts(kind, pages));
}
