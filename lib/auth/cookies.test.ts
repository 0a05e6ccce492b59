import { describe, expect, it } from "vitest";
import { csrfCookie, hasSessionCookie } from "./cookies";

describe("the session cookie", () => {
  it("is recognised whole or split into chunks, by the name next-auth gives it on http and https", () => {
    expect(hasSessionCookie(["next-auth.session-token"], false)).toBe(true);
    expect(hasSessionCookie(["other", "next-auth.session-token.0", "next-auth.session-token.1"], false)).toBe(true);
    expect(hasSessionCookie(["__Secure-next-auth.session-token"], true)).toBe(true);
    expect(hasSessionCookie(["__Secure-next-auth.session-token.0"], true)).toBe(true);
  });

  it("is not the CSRF cookie, another name, or the other scheme's name", () => {
    expect(hasSessionCookie([], false)).toBe(false);
    expect(hasSessionCookie([csrfCookie(false).name, "next-auth.callback-url"], false)).toBe(false);
    expect(hasSessionCookie(["next-auth.session-tokens"], false)).toBe(false);
    expect(hasSessionCookie(["next-auth.session-token"], true)).toBe(false);
  });
});
