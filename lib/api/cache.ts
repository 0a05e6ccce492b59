import { Lru } from "@/lib/cache/lru";

/** How many answers to anonymous reads an instance keeps (API_CACHE_ENTRIES, 500; 0 turns it off). */
export function apiCacheEntries(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.API_CACHE_ENTRIES ?? 500);
  return Number.isInteger(n) && n >= 0 ? n : 500;
}

let kept: { lru: Lru<Uint8Array>; size: number } | undefined;

function lru(): Lru<Uint8Array> | null {
  const size = apiCacheEntries();
  if (size === 0) return null;
  if (kept?.size !== size) kept = { lru: new Lru<Uint8Array>(size), size };
  return kept.lru;
}

/**
 * An anonymous read depends only on its URL and the catalogue, so its JSON is kept per catalogue
 * version: every write bumps the version in its own transaction, so a write on any instance makes
 * every instance's answers unreachable at once (as lib/cache/pages.ts does for search pages).
 * Clients' reads are never kept: what they see depends on their organisation.
 */
/** The answer's JSON as UTF-8, encoded once: a kept answer is written as it is, not encoded again per request. */
export type Answer = { status: number; body: Uint8Array };

/** `version`: the catalogue's version as this request read it (lib/api/quota.ts reads it with the quota). */
export async function cachedRead(version: number, url: URL, work: () => Promise<Answer | null>): Promise<Answer | null> {
  const cache = lru();
  if (!cache) return work();
  const key = `${version} ${url.pathname}${url.search}`;
  const body = cache.get(key);
  if (body !== undefined) return { status: 200, body };
  const answer = await work();
  if (answer?.status === 200) cache.set(key, answer.body);
  return answer;
}
