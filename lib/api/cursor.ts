import { ApiError } from "./errors";

/**
 * Cursors are opaque to callers: base64url JSON of the last item's sort key, tagged with the
 * list it belongs to, so a cursor from another list (or one tampered with) is refused, not misread.
 */
export function encodeCursor(list: string, key: string[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), "utf8").toString("base64url");
}

export function decodeCursor(list: string, cursor: string | null, size: number): string[] | null {
  if (cursor === null) return null;
  const bad = () => new ApiError(400, "invalid_cursor", "The cursor is not one this list gave out. Start again without a cursor, then follow links.next.");
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== size + 1 || value[0] !== list || !value.every((v) => typeof v === "string")) throw bad();
  return value.slice(1) as string[];
}

/** `limit`: how many items a page holds, 1 to 100 (20 unless asked). */
export function pageLimit(url: URL): number {
  const raw = url.searchParams.get("limit");
  if (raw === null) return 20;
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || n < 1 || n > 100) throw new ApiError(400, "invalid_parameter", "limit must be a whole number from 1 to 100.");
  return n;
}

/** Refuses query parameters an operation does not know, rather than quietly ignoring a typo. */
export function onlyParameters(url: URL, known: readonly string[]): void {
  for (const name of url.searchParams.keys()) {
    if (!known.includes(name)) throw new ApiError(400, "invalid_parameter", `‘${name.slice(0, 40)}’ is not a parameter of this operation. It takes: ${known.join(", ") || "none"}.`);
  }
}

/** Where the whole of a list can be downloaded at once (lib/open-data: /data), linked from each of its pages. */
export const bulkLinks = (list: "apis" | "systems" | "connections") => ({ csv: `/data/${list}.csv`, json: `/data/${list}.json` });

/** A page of a list: `take` one more than the limit tells whether there is a next page. */
export function page<T>(rows: T[], limit: number, list: string, keyOf: (row: T) => string[], self: URL) {
  const items = rows.slice(0, limit);
  const more = rows.length > limit;
  const next = new URL(self);
  if (more) next.searchParams.set("cursor", encodeCursor(list, keyOf(items[items.length - 1]!)));
  const relative = (u: URL) => `${u.pathname}${u.search}`;
  return { items, links: { self: relative(self), ...(more ? { next: relative(next) } : {}) } };
}
