/**
 * Without NEXTAUTH_SECRET no session could be trusted, so a production server refuses to start
 * rather than fail on every page. `npm start` and `npm test` provide one for the local demo
 * set-up (scripts/dev-auth.cjs); `next dev` falls back to data/.auth-secret (lib/auth/config.ts).
 */
export function refuseToStartWithoutSecret(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    console.error("API Catalogue will not start: set NEXTAUTH_SECRET (a long random string, the same on every instance).");
    process.exit(1);
  }
}
