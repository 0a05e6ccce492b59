// `npm test`: Vitest, then Playwright against the production build on a throwaway SQLite
// database, ending with one line "N passed, N failed" for both. Node built-ins only.
// A step that crashes (no report, or a non-zero exit with no failed test) counts as one failure.
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build.mjs";
import { ensureInstalled } from "./install.mjs";
import { bin, freePort, npm, root, run, step } from "./run.mjs";
import { addCounts, formatCounts, readCounts, readFailures } from "./test-counts.mjs";

const reports = path.join(root, "reports");
const totals = [];
const crashed = [];
const failures = [];
const crash = (what) => {
  crashed.push(what);
  totals.push({ passed: 0, failed: 1, skipped: 0 });
};

/** Runs a test runner and adds what its JSON report says; a run that left no report or failed
 * without a failing test is a crash. */
async function runTests(name, kind, report, command, args, env) {
  fs.rmSync(report, { force: true });
  const code = await step(name, () => run(command, args, { env }));
  let counts;
  try {
    counts = readCounts(kind, report);
  } catch {
    return crash(`${name} left no readable report (exit code ${code})`);
  }
  totals.push(counts);
  failures.push(...readFailures(kind, report));
  if (code !== 0 && counts.failed === 0) crash(`${name} exited with code ${code}`);
}

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
const dbFile = path.join(root, "data", `e2e-${stamp}-${process.pid}.db`);
const removeDb = () => {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
};
process.on("exit", removeDb); // also when interrupted

fs.mkdirSync(reports, { recursive: true });
if (!(await ensureInstalled())) crash("installing the dependencies failed");
else {
  const vitestReport = path.join(reports, "vitest.json");
  await runTests("Unit and integration tests (vitest)", "vitest", vitestReport, bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
  ]);

  if (!(await buildIfNeeded())) crash("the build failed");
  else {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    const databaseUrl = `file:./${path.relative(root, dbFile)}`;
    // The app and the local identity provider (Playwright starts both); the demo users are keyed
    // by the provider's URL, so the database is prepared for that port.
    const port = await freePort(Number(process.env.E2E_PORT || 3100));
    const idpPort = await freePort(port + 1);
    const prepared = await step(`Preparing a throwaway database (${databaseUrl})`, () =>
      npm(["run", "db:prepare"], { env: { DATABASE_URL: databaseUrl, OIDC_ISSUER: "", OIDC_DEV_PORT: String(idpPort) } }),
    );
    if (prepared !== 0) crash("preparing the throwaway database failed");
    else {
      await runTests("Browser tests (playwright)", "playwright", path.join(reports, "playwright.json"), bin("playwright"), ["test"], {
        DATABASE_URL: databaseUrl,
        E2E_PORT: String(port),
        E2E_IDP_PORT: String(idpPort),
        E2E_DB_PREPARED: "1",
      });
    }
    removeDb();
  }
}

const total = addCounts(...totals);
console.log("");
for (const what of failures) console.log(`Failed: ${what}`);
for (const what of crashed) console.log(`Failed step: ${what}`);
console.log(formatCounts(total));
process.exit(total.failed > 0 ? 1 : 0);
