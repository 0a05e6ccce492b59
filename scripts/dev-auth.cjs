// Wiring for sign-in in development, the demo and the tests: the local OpenID provider
// (scripts/dev-idp.mjs) and the session secret. Node built-ins only; used by start.mjs,
// test.mjs, dev-idp.mjs, prepare-db.ts and playwright.config.ts (so no signal handlers here,
// unlike run.mjs). CommonJS because Playwright's config loader cannot import an .mjs file.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

/** The local provider's one client. Fixed, public values: this provider only ever runs on localhost. */
const DEV_CLIENT_ID = "api-catalogue-dev";
const DEV_CLIENT_SECRET = "api-catalogue-dev-secret-not-for-production";
const DEFAULT_DEV_IDP_PORT = 3001;

/** The issuer URL of the local provider on this port (the demo users are keyed by it). */
const devIssuer = (port) => `http://localhost:${port}`;

/** next-auth's callback for our provider, for an app served at `appUrl`. */
const callbackUrlFor = (appUrl) => `${appUrl.replace(/\/+$/, "")}/api/auth/callback/oidc`;

/**
 * The secret that signs session cookies: NEXTAUTH_SECRET when set, else one kept in the
 * git-ignored data/.auth-secret, made on first use, so sessions survive restarts on this machine.
 * Only for development and tests: production must set NEXTAUTH_SECRET (start.mjs checks).
 */
function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, "data", ".auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not made yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** What the app needs to sign in through the local provider on `idpPort` when served at `appUrl`. */
function devAppEnv({ appUrl, idpPort }) {
  return {
    OIDC_ISSUER: devIssuer(idpPort),
    OIDC_CLIENT_ID: DEV_CLIENT_ID,
    OIDC_CLIENT_SECRET: DEV_CLIENT_SECRET,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: authSecret(),
    OIDC_PROVIDER_NAME: "the demo identity provider",
  };
}

/** What the local provider needs: its port and the callbacks it may redirect to. */
function devIdpEnv({ appUrls, idpPort }) {
  return { OIDC_DEV_PORT: String(idpPort), OIDC_DEV_REDIRECT_URIS: appUrls.map(callbackUrlFor).join(",") };
}

module.exports = { DEV_CLIENT_ID, DEV_CLIENT_SECRET, DEFAULT_DEV_IDP_PORT, devIssuer, callbackUrlFor, authSecret, devAppEnv, devIdpEnv };
