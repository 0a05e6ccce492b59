// `npm start`: install what is missing, migrate (and import the catalogue on the first run),
// build if the sources changed, then serve on PORT (default 3000). Node built-ins only.
import { buildIfNeeded } from "./build.mjs";
import { ensureInstalled } from "./install.mjs";
import { bin, npm, portIsFree, run, step, waitForPort } from "./run.mjs";

const port = Number(process.env.PORT || 3000);
const fail = (message) => {
  console.error(`\nnpm start stopped: ${message}`);
  process.exit(1);
};

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
if (!(await portIsFree(port))) fail(`port ${port} is already in use. Stop what uses it or choose another: PORT=3001 npm start`);

if (!(await ensureInstalled())) fail("installing the dependencies failed (see above).");
if ((await step("Preparing the database (npm run db:prepare)", () => npm(["run", "db:prepare"]))) !== 0) {
  fail("preparing the database failed (see above).");
}
if (!(await buildIfNeeded())) fail("the build failed (see above).");

let exited = false;
const server = run(bin("next"), ["start", "-p", String(port)], { env: { PORT: String(port) } }).then((code) => {
  exited = true;
  return code;
});
if (await waitForPort(port, () => !exited)) console.log(`\nAPI Catalogue is running at http://localhost:${port}\n`);
process.exit(await server);
