// `npm start`: install what is missing, migrate (and import the catalogue on the first run),
// build if the sources changed, then serve on PORT (default 3000). Node built-ins only.
// Sign-in: with OIDC_ISSUER set (production) the app uses that provider and needs its settings;
// without it, the local demo identity provider (scripts/dev-idp.mjs) runs alongside the app.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build.mjs";
import { DEFAULT_DEV_IDP_PORT, devAppEnv, devIdpEnv } from "./dev-auth.cjs";
import { ensureInstalled } from "./install.mjs";
import { bin, npm, portIsFree, quietEnv, root, run, step, waitForPort } from "./run.mjs";

const port = Number(process.env.PORT || 3000);
const fail = (message) => {
  console.error(`\nnpm start stopped: ${message}`);
  process.exit(1);
};
const isPort = (n) => Number.isInteger(n) && n >= 1 && n <= 65535;

if (!isPort(port)) fail(`PORT must be a port number, not "${process.env.PORT}".`);
if (!(await portIsFree(port))) fail(`port ${port} is already in use. Stop what uses it or choose another: PORT=3005 npm start`);

const external = Boolean(process.env.OIDC_ISSUER);
let idpPort = null;
if (external) {
  const missing = ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"].filter((name) => !process.env[name]);
  if (missing.length) fail(`OIDC_ISSUER is set, so sign-in is for real: also set ${missing.join(", ")}.`);
} else {
  idpPort = Number(process.env.OIDC_DEV_PORT || (port === DEFAULT_DEV_IDP_PORT ? DEFAULT_DEV_IDP_PORT + 1 : DEFAULT_DEV_IDP_PORT));
  if (!isPort(idpPort) || idpPort === port) fail(`OIDC_DEV_PORT must be a free port other than PORT, not "${idpPort}".`);
  if (!(await portIsFree(idpPort))) {
    fail(`port ${idpPort}, for the demo identity provider, is in use. Stop what uses it or choose another: OIDC_DEV_PORT=3011 npm start`);
  }
}

if (!(await ensureInstalled())) fail("installing the dependencies failed (see above).");
const prepareEnv = idpPort ? { OIDC_DEV_PORT: String(idpPort) } : {};
if ((await step("Preparing the database (npm run db:prepare)", () => npm(["run", "db:prepare"], { env: prepareEnv }))) !== 0) {
  fail("preparing the database failed (see above).");
}
if (!(await buildIfNeeded())) fail("the build failed (see above).");

const appUrl = `http://localhost:${port}`;
if (idpPort) {
  const idp = spawn(process.execPath, [path.join(root, "scripts/dev-idp.mjs")], {
    cwd: root,
    env: { ...process.env, ...quietEnv, ...devIdpEnv({ appUrls: [appUrl], idpPort }) },
    stdio: "inherit",
  });
  idp.on("exit", (code, signal) => {
    if (code) console.error(`The demo identity provider stopped (exit code ${code}): signing in will not work.`);
    else if (signal && signal !== "SIGTERM" && signal !== "SIGINT") console.error(`The demo identity provider stopped (${signal}).`);
  });
  // Stops with the app, however the app stops.
  process.on("exit", () => idp.exitCode === null && idp.kill("SIGTERM"));
  if (!(await waitForPort(idpPort, () => idp.exitCode === null))) fail("the demo identity provider did not start (see above).");
}

let exited = false;
const appEnv = { PORT: String(port), ...(idpPort ? devAppEnv({ appUrl, idpPort }) : {}) };
const server = run(bin("next"), ["start", "-p", String(port)], { env: appEnv }).then((code) => {
  exited = true;
  return code;
});
if (await waitForPort(port, () => !exited)) {
  console.log(`\nAPI Catalogue is running at ${appUrl}\n`);
  if (idpPort) console.log(`Sign in with the demo identity provider (users listed on its page, password "demo").\n`);
}
process.exit(await server);
