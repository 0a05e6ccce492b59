/**
 * next-auth's CSRF cookie, named and set exactly as next-auth 4 does by default. We declare it
 * ourselves because proxy.ts issues it on page views (see lib/auth/csrf.ts), so both must agree.
 */
export function csrfCookie(secure: boolean) {
  return {
    name: `${secure ? "__Host-" : ""}next-auth.csrf-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * Whether the request carries next-auth's session cookie, named as next-auth 4 names it (one too
 * large for a cookie is split into `<name>.0`, `<name>.1`, …). Without one nobody is signed in.
 */
export function hasSessionCookie(names: string[], secure: boolean): boolean {
  const session = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  return names.some((name) => name === session || name.startsWith(`${session}.`));
}
