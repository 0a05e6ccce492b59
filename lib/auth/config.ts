import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Sign-in configuration from the environment, read on each call (never at build time):
 * OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, NEXTAUTH_URL, NEXTAUTH_SECRET.
 */
/** The environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>;

export type AuthConfig = {
  issuer: string | null;
  clientId: string;
  clientSecret: string;
  /** the public base URL of the app */
  url: string | null;
  /** cookies get Secure (and next-auth's __Secure-/__Host- names) when the public URL is https */
  secureCookies: boolean;
  secret: string | undefined;
};

export function authConfig(env: Env = process.env): AuthConfig {
  const url = env.NEXTAUTH_URL?.trim() || null;
  return {
    issuer: env.OIDC_ISSUER?.trim().replace(/\/+$/, "") || null,
    clientId: env.OIDC_CLIENT_ID?.trim() ?? "",
    clientSecret: env.OIDC_CLIENT_SECRET ?? "",
    url,
    secureCookies: url?.startsWith("https://") ?? false,
    secret: authSecret(env),
  };
}

/** The issuer's origin, which the sign-in form's redirect goes to (the CSP's form-action needs it). */
export function issuerOrigin(env: Env = process.env): string | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  try {
    return new URL(issuer).origin;
  } catch {
    return null;
  }
}

/**
 * NEXTAUTH_SECRET; outside production (`next dev`) a git-ignored data/.auth-secret, the same file
 * scripts/dev-auth.cjs keeps for `npm start` and `npm test`. Production has no fallback: the
 * server refuses to start without the variable (instrumentation.ts).
 */
export function authSecret(env: Env = process.env): string | undefined {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") return undefined;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", ".auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not made yet
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
