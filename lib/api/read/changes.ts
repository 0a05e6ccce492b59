import type { Db } from "@/lib/db";
import type { Viewer } from "@/lib/catalogue/visibility";
import { changesSince, decodeCursor } from "@/lib/open-data/changes";
import { publicOrigin } from "@/lib/open-data/http";
import { onlyParameters, pageLimit } from "../cursor";
import { ApiError } from "../errors";

/**
 * The change feed (lib/open-data/changes.ts) as an /api/v1 list: the changes to APIs, systems and
 * connections this viewer may see, oldest first, after `cursor`. Every page gives the cursor to
 * ask from next time, even when it holds nothing new, so a copy kept from the bulk download stays
 * equal to it by asking again now and then.
 */
export async function listChanges(db: Db, viewer: Viewer, request: Request, url: URL) {
  onlyParameters(url, ["cursor", "limit"]);
  const limit = pageLimit(url);
  const raw = url.searchParams.get("cursor");
  const after = raw === null ? null : decodeCursor(raw);
  if (raw !== null && after === null) throw new ApiError(400, "invalid_cursor", "The cursor is not one this feed gave out. Start again without a cursor, or use the cursor of a page you were given.");
  const found = await changesSince(db, viewer, after, limit, publicOrigin(request));
  const next = new URLSearchParams({ cursor: found.cursor });
  if (url.searchParams.has("limit")) next.set("limit", String(limit));
  return { items: found.changes, cursor: found.cursor, links: { self: `${url.pathname}${url.search}`, ...(found.more ? { next: `/api/v1/changes?${next}` } : {}) } };
}
