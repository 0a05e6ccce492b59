import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";
import { authConfig } from "./config";
import { csrfCookie } from "./cookies";
import { csrfTokenFromCookie, newCsrfCookie } from "./csrf";

describe("next-auth's CSRF cookie, as proxy.ts issues it", () => {
  it("vouches for its token with this secret only", () => {
    const { token, value } = newCsrfCookie("secret-one");
    expect(csrfTokenFromCookie(value, "secret-one")).toBe(token);
    expect(csrfTokenFromCookie(encodeURIComponent(value), "secret-one")).toBe(token);
    expect(csrfTokenFromCookie(value, "secret-two")).toBeNull();
    expect(csrfTokenFromCookie(`${token}|${"0".repeat(64)}`, "secret-one")).toBeNull();
    expect(csrfTokenFromCookie(undefined, "secret-one")).toBeNull();
    expect(csrfTokenFromCookie(value, undefined)).toBeNull();
  });

  it("has next-auth's name and is HttpOnly, SameSite=Lax, and Secure with __Host- over https", () => {
    expect(csrfCookie(false)).toEqual({ name: "next-auth.csrf-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    expect(csrfCookie(true).name).toBe("__Host-next-auth.csrf-token");
    expect(csrfCookie(true).options.secure).toBe(true);
  });
});

describe("the sign-in configuration", () => {
  it("makes cookies Secure exactly when the public URL is https", () => {
    const base = { NODE_ENV: "production", NEXTAUTH_SECRET: "s" };
    expect(authConfig({ ...base, NEXTAUTH_URL: "https://catalogue.example.gov.uk" }).secureCookies).toBe(true);
    expect(authConfig({ ...base, NEXTAUTH_URL: "http://localhost:3000" }).secureCookies).toBe(false);
    expect(authConfig({ ...base, OIDC_ISSUER: "https://idp.example/" }).issuer).toBe("https://idp.example");
  });

  it("has no secret in production unless one is given", () => {
    expect(authConfig({ NODE_ENV: "production" }).secret).toBeUndefined();
  });
});

describe("where to go after signing in", () => {
  it("is a path on this site, never another site", () => {
    expect(safeCallbackUrl("/apis?q=tax")).toBe("/apis?q=tax");
    expect(safeCallbackUrl("/apis?_rsc=abc&q=tax")).toBe("/apis?q=tax");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
