import type { Db } from "@/lib/db";
import { visibilityKey, type Viewer } from "../visibility";
import type { SearchParams } from "./params";
import { searchApis, type SearchResult } from "./service";

const MAX_ENTRIES = 500;

/** A small least-recently-used map. */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The catalogue's version: bumped by every write, in the write's own transaction. */
export async function catalogueVersion(db: Db): Promise<number> {
  return (await db.catalogueVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}

const caches = new WeakMap<Db, Lru<SearchResult>>();

/**
 * Search, remembering results per catalogue version. Nothing here needs sharing between app
 * instances: each checks the version in the database on every request, so a write anywhere
 * makes every instance's older results unreachable at once.
 */
export async function cachedSearch(db: Db, viewer: Viewer, params: SearchParams): Promise<SearchResult> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Lru(MAX_ENTRIES)));
  const key = JSON.stringify([await catalogueVersion(db), visibilityKey(viewer), params]);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await searchApis(db, viewer, params);
  cache.set(key, result);
  return result;
}
