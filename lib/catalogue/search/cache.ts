import { Lru } from "@/lib/cache/lru";
import type { Db } from "@/lib/db";
import { catalogueVersion } from "../catalogue-version";
import { visibilityKey, type Viewer } from "../visibility";
import type { SearchParams } from "./params";
import { searchApis, type SearchResult } from "./service";

const MAX_ENTRIES = 500;

const caches = new WeakMap<Db, Lru<SearchResult>>();

/**
 * Search, remembering results per catalogue version. Nothing here needs sharing between app
 * instances: each checks the version in the database on every request, so a write anywhere
 * makes every instance's older results unreachable at once. `version`: the catalogue's version
 * read already for this request (by the proxy), else read here.
 */
export async function cachedSearch(db: Db, viewer: Viewer, params: SearchParams, version?: number): Promise<SearchResult> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Lru(MAX_ENTRIES)));
  const key = JSON.stringify([version ?? (await catalogueVersion(db)), visibilityKey(viewer), params]);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await searchApis(db, viewer, params);
  cache.set(key, result);
  return result;
}
