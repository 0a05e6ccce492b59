import type { Db } from "@/lib/db";
import type { Env } from "./config";

/**
 * Fixed-window counters kept in the database (the RateLimit table), so every app instance shares
 * them. Each window has its own row, keyed `<key>@<window start>`, so counting is one atomic
 * upsert-and-increment and a new window simply starts a new row; rows from windows that can no
 * longer matter are deleted in the same transaction.
 */
export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; count: number; limit: number; retryAfterSeconds: number };

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const rowKey = `${key}@${start}`;
  const count = () =>
    db.$transaction(async (tx) => {
      const row = await tx.rateLimit.upsert({
        where: { key: rowKey },
        create: { key: rowKey, windowStart: new Date(start), count: 1 },
        update: { count: { increment: 1 } },
        select: { count: true },
      });
      await tx.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(start - windowMs) } } });
      return row.count;
    });
  let n: number;
  try {
    n = await count();
  } catch (error) {
    // Where the engine emulates upsert, two first hits can both insert; the loser increments.
    if (!isUniqueViolation(error)) throw error;
    n = await count();
  }
  return {
    allowed: n <= rule.limit,
    count: n,
    limit: rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
  };
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Sign-in attempts per client address: SIGN_IN_RATE_LIMIT per SIGN_IN_RATE_WINDOW_SECONDS (20 per 10 minutes). */
export function signInRule(env: Env = process.env): RateLimitRule {
  return { limit: positive(env.SIGN_IN_RATE_LIMIT, 20), windowSeconds: positive(env.SIGN_IN_RATE_WINDOW_SECONDS, 600) };
}

/**
 * Whether a request to next-auth's /api/auth/<action>/… is a sign-in attempt we count: a POST
 * starting a sign-in, or the provider's return to the callback (a GET in the authorization-code
 * flow, and the step that calls the provider's token endpoint, so it is worth limiting too).
 */
export function isSignInAttempt(method: string, action: string | undefined): boolean {
  return (action === "signin" && method === "POST") || action === "callback";
}
