import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Profile } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { authOptions } from "./options";

let t: TestDatabase;
const saved = { ...process.env };
beforeAll(async () => {
  t = await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: t.url,
    OIDC_ISSUER: "https://idp.example.gov.uk/",
    OIDC_CLIENT_ID: "client",
    OIDC_CLIENT_SECRET: "shh",
    NEXTAUTH_URL: "https://catalogue.example.gov.uk",
    NEXTAUTH_SECRET: "test-secret",
  });
});
afterAll(async () => {
  process.env = saved;
  await t.drop();
});

describe("next-auth's options", () => {
  it("use one OpenID Connect provider with PKCE, state and nonce, reading the ID token", () => {
    const options = authOptions();
    expect(options.providers).toHaveLength(1);
    const provider = options.providers[0] as OAuthConfig<unknown>;
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oauth",
      wellKnown: "https://idp.example.gov.uk/.well-known/openid-configuration",
      clientId: "client",
      clientSecret: "shh",
      checks: ["pkce", "state", "nonce"],
      idToken: true,
    });
  });

  it("keep sessions in a JWT with Secure cookies when the site is https", () => {
    const options = authOptions();
    expect(options.session?.strategy).toBe("jwt");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    expect(options.secret).toBe("test-secret");
    expect(options.pages).toMatchObject({ signIn: "/sign-in", signOut: "/sign-out" });
  });

  it("on sign-in, make the account and keep only its id in the token", async () => {
    const jwt = authOptions().callbacks!.jwt!;
    const profile = { iss: "https://idp.example.gov.uk", sub: "person-1", email: "p@example.gov.uk", name: "Pat" } as Profile;
    const token = await jwt({ token: { sub: "person-1", name: "Pat", email: "p@example.gov.uk" } as JWT, account: { provider: "oidc" } as Account, profile, user: { id: "person-1" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { issuer_subject: { issuer: "https://idp.example.gov.uk", subject: "person-1" } } });
    expect(token).toEqual({ sub: user.id });
    expect(user.role).toBe("none");
    // Afterwards the token passes through untouched.
    const later = await jwt({ token: { sub: user.id }, user: { id: user.id } } as Parameters<typeof jwt>[0]);
    expect(later).toEqual({ sub: user.id });
  });
});
