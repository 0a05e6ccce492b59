import { defineConfig } from "@playwright/test";
import { devAppEnv, devIdpEnv } from "./scripts/dev-auth.cjs";

// `npm test` picks free ports and a throwaway database (already prepared, demo users included)
// and passes them in E2E_PORT, E2E_IDP_PORT and DATABASE_URL; run on its own
// (`npx playwright test`) it serves the existing build on 3100 and the local identity provider
// on 3101, after making sure the database has that provider's demo users.
const port = Number(process.env.E2E_PORT || 3100);
const idpPort = Number(process.env.E2E_IDP_PORT || 3101);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);
const databaseUrl = process.env.DATABASE_URL || "file:./data/catalogue.db";
const idpEnv = devIdpEnv({ appUrls: [baseURL], idpPort });
const prepare = process.env.E2E_DB_PREPARED ? "" : "node node_modules/tsx/dist/cli.mjs scripts/prepare-db.ts && ";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: ci,
  workers: 2,
  // A test that passes only on a retry hides a fault: none, here or in CI.
  retries: 0,
  // A slow two-core machine serving the production build while two browsers run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot be fetched here.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      // The local OpenID provider the app signs in with (scripts/dev-idp.mjs).
      command: `${prepare}node scripts/dev-idp.mjs`,
      url: `http://127.0.0.1:${idpPort}/.well-known/openid-configuration`,
      env: { ...idpEnv, DATABASE_URL: databaseUrl },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
      url: `${baseURL}/`,
      env: {
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        ...devAppEnv({ appUrl: baseURL, idpPort }),
        // Every journey signs in from 127.0.0.1: one address, far more sign-ins than a person makes.
        SIGN_IN_RATE_LIMIT: "100000",
        // The machine API: every journey calls it from 127.0.0.1, so no limit per address to speak of;
        // each client gets a small quota, which e2e/api-rate-limit.spec.ts exceeds (its own client).
        API_ANONYMOUS_RATE_LIMIT: "100000",
        API_RATE_LIMIT: process.env.E2E_API_RATE_LIMIT || "30",
        // e2e/spec-url.spec.ts serves specs from a plain-HTTP server it starts on 127.0.0.1, which
        // the fetcher refuses in production (HTTPS only, no loopback); everything else stays refused.
        SPEC_FETCH_ALLOW_HTTP: "1",
        SPEC_FETCH_ALLOW_LIST: "127.0.0.1",
        // Journeys check for changes on demand; no scheduled fetch may change a page under test.
        SPEC_REFRESH: "off",
        // e2e/spec-upload-sizes.spec.ts checks the 12.4 MB GitHub spec (about 10 s alone) while other
        // journeys run on the same two cores: room to finish, so the journey tests the size, not the load.
        SPEC_TIMEOUT_MS: "90000",
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
