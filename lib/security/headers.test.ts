import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";
import { isCrossSiteWrite } from "./same-origin";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("the Content Security Policy", () => {
  it("allows scripts only with this response's nonce, and no framing", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", formTargets: ["https://idp.example", null] }));
    expect(csp["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp["frame-ancestors"]).toBe("'none'");
    expect(csp["form-action"]).toBe("'self' https://idp.example");
    expect(csp["object-src"]).toBe("'none'");
    expect(csp["base-uri"]).toBe("'self'");
    expect(csp["connect-src"]).toBe("'self'");
    expect(csp["img-src"]).toBe("'self' data:");
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("adds eval only for next dev, and upgrades requests over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("gets a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the other security headers", () => {
  it("send HSTS only when asked (production over https)", () => {
    expect(securityHeaders({ hsts: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ hsts: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(securityHeaders({ hsts: false })).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
  });
});

describe("writes from other sites", () => {
  const h = (headers: Record<string, string>) => new Headers({ host: "catalogue.example.gov.uk", ...headers });
  it("are refused when the Origin names another host", () => {
    expect(isCrossSiteWrite("POST", h({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", h({ origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("DELETE", h({ origin: "https://catalogue.example.gov.uk.evil.example" }))).toBe(true);
  });
  it("are let through from this site, behind a proxy too, and when not from a browser page", () => {
    expect(isCrossSiteWrite("POST", h({ origin: "https://catalogue.example.gov.uk" }))).toBe(false);
    expect(isCrossSiteWrite("POST", new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "catalogue.example.gov.uk", origin: "https://catalogue.example.gov.uk" }))).toBe(false);
    expect(isCrossSiteWrite("POST", h({}))).toBe(false);
    expect(isCrossSiteWrite("GET", h({ origin: "https://evil.example" }))).toBe(false);
  });
});
