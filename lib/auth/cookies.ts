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
