import type { Db } from "@/lib/db";

type Env = Record<string, string | undefined>;
export type Quota = { limit: number; windowSeconds: number };
/** `catalogueVersion`: read in the same statement, for the cache of anonymous reads (lib/api/cache.ts). */
export type QuotaState = Quota & { remaining: number; resetSeconds: number; exceeded: boolean; catalogueVersion: number };

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** API clients: API_RATE_LIMIT requests per API_RATE_WINDOW_SECONDS each (1,200 a minute by default). */
export function clientQuota(env: Env = process.env): Quota {
  return { limit: positive(env.API_RATE_LIMIT, 1200), windowSeconds: positive(env.API_RATE_WINDOW_SECONDS, 60) };
}

/** Callers without a token, per client address: API_ANONYMOUS_RATE_LIMIT per window (300 a minute by default). */
export function anonymousQuota(env: Env = process.env): Quota {
  return { limit: positive(env.API_ANONYMOUS_RATE_LIMIT, 300), windowSeconds: positive(env.API_RATE_WINDOW_SECONDS, 60) };
}

/**
 * Counts one request against a fixed window in the RateLimit table, shared by every instance
 * (the table and key scheme of lib/auth/rate-limit.ts), and reads the catalogue's version: one
 * atomic statement per request, in SQL both engines take, as this runs on every API request and
 * the ORM's upsert costs several times as much. The window's first request also clears rows of
 * windows long gone.
 */
export async function countRequest(db: Db, key: string, quota: Quota, now = new Date()): Promise<QuotaState> {
  const windowMs = quota.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const [row] = await db.$queryRaw<{ count: number | bigint; version: number | bigint | null }[]>`INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${`${key}@${start}`}, ${new Date(start)}, 1)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count", (SELECT "version" FROM "CatalogueVersion" WHERE "id" = 1) AS "version"`;
  const count = Number(row!.count);
  if (count === 1) await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(start - windowMs) } } });
  return {
    ...quota,
    remaining: Math.max(0, quota.limit - count),
    resetSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
    exceeded: count > quota.limit,
    catalogueVersion: Number(row!.version ?? 0),
  };
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy, and what
 * is left of it with the seconds until the window resets; Retry-After when over the limit.
 */
export function quotaHeaders(state: QuotaState, policy: string): Record<string, string> {
  return {
    "RateLimit-Policy": `"${policy}";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"${policy}";r=${state.remaining};t=${state.resetSeconds}`,
    ...(state.exceeded ? { "Retry-After": String(state.resetSeconds) } : {}),
  };
}
