import type { Db } from "@/lib/db";

type Env = Record<string, string | undefined>;
export type Quota = { limit: number; windowSeconds: number };
export type QuotaState = Quota & { remaining: number; resetSeconds: number; exceeded: boolean };

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
 * Counts one request against a fixed window in the RateLimit table, shared by every instance.
 * One upsert per request keeps the cost low; the window's first request also clears rows of
 * windows long gone (the same table and key scheme as lib/auth/rate-limit.ts).
 */
export async function countRequest(db: Db, key: string, quota: Quota, now = new Date()): Promise<QuotaState> {
  const windowMs = quota.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const rowKey = `${key}@${start}`;
  const hit = () => db.rateLimit.upsert({ where: { key: rowKey }, create: { key: rowKey, windowStart: new Date(start), count: 1 }, update: { count: { increment: 1 } }, select: { count: true } });
  let count: number;
  try {
    count = (await hit()).count;
  } catch (error) {
    // Where the engine emulates upsert, two first hits can both insert; the loser increments.
    if ((error as { code?: string } | null)?.code !== "P2002") throw error;
    count = (await hit()).count;
  }
  if (count === 1) await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(start - windowMs) } } });
  return {
    ...quota,
    remaining: Math.max(0, quota.limit - count),
    resetSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
    exceeded: count > quota.limit,
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
