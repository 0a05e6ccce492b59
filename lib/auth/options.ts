import type { NextAuthOptions, Session } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getDb } from "@/lib/db";
import { recordSignIn } from "./accounts";
import { authConfig, type AuthConfig } from "./config";
import { csrfCookie } from "./cookies";

/** How long a sign-in lasts. Powers are re-read from the database on every request regardless. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

type IdTokenClaims = { iss?: string; sub?: string; email?: string; name?: string; given_name?: string; family_name?: string };

const fullName = (c: IdTokenClaims) => c.name ?? ([c.given_name, c.family_name].filter(Boolean).join(" ") || null);

/** The one OpenID Connect provider: whatever issuer the environment names (a department's, GOV.UK One Login, or the local demo one). */
function oidcProvider(config: AuthConfig & { issuer: string }): OAuthConfig<IdTokenClaims> {
  return {
    id: "oidc",
    name: "OpenID Connect",
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: process.env.OIDC_SCOPE?.trim() || "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    profile: (claims) => ({ id: claims.sub ?? "", name: fullName(claims), email: claims.email ?? null }),
  };
}

/**
 * next-auth's options, built from the environment when a request needs them (not at build time).
 * Sessions are JWTs in an HttpOnly, SameSite=Lax cookie (Secure when NEXTAUTH_URL is https) so
 * any number of app instances can read them; the token holds our user id and nothing else.
 */
export function authOptions(): NextAuthOptions {
  const config = authConfig();
  return {
    secret: config.secret,
    useSecureCookies: config.secureCookies,
    cookies: { csrfToken: csrfCookie(config.secureCookies) },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in/error" },
    providers: config.issuer ? [oidcProvider({ ...config, issuer: config.issuer })] : [],
    callbacks: {
      signIn: ({ profile }) => Boolean(profile?.sub),
      async jwt({ token, account, profile }) {
        if (!account || !profile) return token; // not a sign-in: keep the token as it is
        const claims = profile as IdTokenClaims;
        const { id } = await recordSignIn(getDb(), {
          issuer: claims.iss ?? config.issuer ?? "",
          subject: claims.sub ?? "",
          email: claims.email ?? null,
          name: fullName(claims),
        });
        return { sub: id };
      },
      // Only the id: getViewer() loads the person and their powers from the database.
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }) as unknown as Session,
    },
  };
}
