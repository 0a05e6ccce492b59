// `npm run bench:ingest [-- --runs 5]`: how long does our full check of a spec take, as the
// production server runs it (the worker chunk Next builds from lib/openapi/check.worker.ts:
// decode, parse, lint with Redocly's recommended rules and the GDS rules in one walk, bundle,
// score), against `redocly lint` on the same file in the same run? Also: how long a re-upload
// of an unchanged spec takes to be recognised, and how long until the API page of the GitHub
// REST spec shows its documentation in Chromium (`--page-only`: that alone).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { userViewer } from "../lib/auth/viewer";
import { createDb } from "../lib/db/index";
import { applyMigrations } from "../lib/db/migrations/apply";
import { attachSpec } from "../lib/openapi/attach";
import type { CheckResult } from "../lib/openapi/check";
import type { WorkerJob } from "../lib/openapi/check.worker";
import { workerResourceLimits } from "../lib/openapi/worker";
import { documentationPage, firstView, INTERACTIVE, READY } from "./documentation-page";
import { cleanUp, createDatabase, root, run, serverLog, startServer } from "./harness";

const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "page-runs": { type: "string", default: "3" },
    "page-timeout": { type: "string", default: "60" },
    "page-only": { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(opts.runs));
// attachSpec uses the server's time limit (30 s unless set): on a busy machine the first check
// of the 13 MB GitHub spec may need longer, and we want its time rather than a refusal.
process.env.SPEC_TIMEOUT_MS ??= "600000";
const pageRuns = Math.max(1, Number(opts["page-runs"]));
const pageTimeoutMs = Number(opts["page-timeout"]) * 1000;

const GITHUB = path.join(root, "node_modules/@octokit/openapi/generated/api.github.com.json");
const SPECS = path.resolve(root, "../shared/data/specs");
const TARGET = { ratio: 1.0, reuploadMs: 50, pageMs: 3000 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (n: number) => `${Math.round(n).toLocaleString("en-GB")} ms`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

function largestSpec(): string {
  const files = fs.readdirSync(SPECS).filter((f) => /\.(ya?ml|json)$/.test(f));
  return path.join(SPECS, files.sort((a, b) => fs.statSync(path.join(SPECS, b)).size - fs.statSync(path.join(SPECS, a)).size)[0]!);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long a newly started worker needs to load the checker; measured first, then waited for. */
let settleMs = 3000;

/**
 * The checker the production server runs: the worker chunk `next build` compiles from
 * lib/openapi/check.worker.ts (checkInWorker starts it inside the server). Run from source
 * instead, a worker would read the checker through tsx, whose CommonJS translation of
 * Redocly's ES modules makes the same check a third slower.
 */
function builtWorkerEntry(): string {
  for (const dir of [".next/server/chunks/ssr", ".next/server/chunks"].map((d) => path.join(root, d))) {
    const entry = fs.existsSync(dir) && fs.readdirSync(dir).find((f) => f.startsWith("[worker thread]-lib_openapi_check_worker_ts_") && f.endsWith(".js"));
    if (entry) return path.join(dir, entry);
  }
  throw new Error("The production build has no spec-checker worker chunk ([worker thread]-lib_openapi_check_worker_ts_*.js under .next/server/chunks).");
}

type Reply = { ok: true; result: CheckResult } | { ok: false; error: { message: string } };

/**
 * One check, as the server runs it: a worker with the server's limits that has had `waitMs` to
 * start and load (the server keeps its next worker loaded), then the spec posted and the result
 * posted back — the time between the two.
 */
async function timeCheck(bytes: Uint8Array, waitMs = settleMs): Promise<number> {
  const worker = new Worker(builtWorkerEntry(), { resourceLimits: workerResourceLimits() });
  try {
    await sleep(waitMs);
    const started = performance.now();
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage({ task: "check", bytes, options: {} } satisfies WorkerJob);
    });
    if (!reply.ok) throw new Error(`The check refused the spec: ${reply.error.message}`);
    return performance.now() - started;
  } finally {
    await worker.terminate();
  }
}

/**
 * `redocly lint <file>` as a user runs it, from an empty folder so that no redocly.yaml is
 * found (the recommended rules, nothing more). It exits 1 when it finds errors, which the
 * GitHub spec has; a run only counts if it reports that it validated the file.
 */
function timeLint(file: string, cwd: string): Promise<{ wallMs: number; ownMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(path.join(root, "node_modules/.bin/redocly"), ["lint", file], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("error", reject);
    child.on("exit", () => {
      const wallMs = performance.now() - started;
      const own = /validated in (\d+)ms/.exec(output);
      if (!own) return reject(new Error(`redocly lint did not validate ${file}:\n${output.slice(-2000)}`));
      resolve({ wallMs, ownMs: Number(own[1]) });
    });
  });
}


/**
 * The worker's own cost (start, load the checker, hand back), from a spec with nothing in it:
 * cold (posted as soon as the worker starts, as for the first check of a process) and warm (the
 * server keeps the next worker started and loaded, so later checks find one ready).
 */
async function workerOverhead(): Promise<{ cold: number; warm: number }> {
  const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
  const cold = await timeCheck(tiny, 0);
  settleMs = Math.max(settleMs, cold * 1.5);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(await timeCheck(tiny));
  return { cold, warm: median(warm) };
}

type Row = { name: string; size: number; ours: number[]; lint: number[]; lintOwn: number[] };

async function ingestVersusLint(files: string[]): Promise<Row[]> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-lint-"));
  try {
    const rows = files.map((f): Row => ({ name: path.basename(f), size: fs.statSync(f).size, ours: [], lint: [], lintOwn: [] }));
    // Interleaved, so background load on a shared machine falls on both alike.
    for (let r = 0; r < runs; r++) {
      for (const [i, file] of files.entries()) {
        const row = rows[i]!;
        row.ours.push(await timeCheck(fs.readFileSync(file)));
        const lint = await timeLint(file, cwd);
        row.lint.push(lint.wallMs);
        row.lintOwn.push(lint.ownMs);
        console.log(`  run ${r + 1}/${runs} ${row.name}: ours ${ms(row.ours.at(-1)!)}, redocly lint ${ms(lint.wallMs)} (it reports ${ms(lint.ownMs)})`);
      }
    }
    return rows;
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

type Stored = { file: string; slug: string; score: number | null; firstMs: number; reuploadMs?: number };

/** Stores each spec once through attachSpec (the publisher's path), then times `again` unchanged re-uploads. */
async function reupload(databaseUrl: string, files: string[], again: number): Promise<Stored[]> {
  const db = createDb(databaseUrl);
  try {
    const organisation = await db.organisation.create({ data: { slug: "bench", name: "Benchmark organisation" } });
    const publisher = userViewer({ id: "bench-publisher", name: "Bench Publisher", email: "bench@example.gov.uk", role: "none", organisationIds: [organisation.id] });
    const stored: Stored[] = [];
    for (const [i, file] of files.entries()) {
      const slug = i === 0 ? "github-rest" : `spec-${i}`;
      const api = await db.api.create({ data: { slug, name: path.basename(file), description: "An API description for the ingest benchmark.", organisationId: organisation.id } });
      const arrival = { bytes: fs.readFileSync(file), arrivedVia: "upload" as const, origin: path.basename(file) };
      const started = performance.now();
      const first = await attachSpec(db, publisher, api.id, arrival);
      const firstMs = performance.now() - started;
      if (!first.ok || first.unchanged) throw new Error(`${file} was not stored: ${JSON.stringify(first)}`);
      const times: number[] = [];
      for (let r = 0; r < again; r++) {
        const t = performance.now();
        const again = await attachSpec(db, publisher, api.id, arrival);
        times.push(performance.now() - t);
        if (!again.ok || !again.unchanged) throw new Error(`The re-upload of ${file} was not recognised: ${JSON.stringify(again)}`);
      }
      stored.push({ file: path.basename(file), slug, score: first.score, firstMs, ...(times.length ? { reuploadMs: median(times) } : {}) });
    }
    return stored;
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  // Build first (only when the sources changed): the page measurement serves the production build.
  const built = await run("node", ["scripts/build.mjs"]);
  if (built.code !== 0) throw new Error("The production build failed (see above).");

  const files = opts["page-only"] ? [GITHUB] : [GITHUB, largestSpec()];
  let rows: Row[] = [];
  if (!opts["page-only"]) {
    const overhead = await workerOverhead();
    console.log(`Worker start-up and hand-back (an empty spec): first ${ms(overhead.cold)}, then (a loaded worker ready) ${ms(overhead.warm)}`);
    console.log(`Checking ${files.map((f) => `${path.basename(f)} (${mb(fs.statSync(f).size)})`).join(" and ")}, ${runs} runs each, against redocly lint…`);
    rows = await ingestVersusLint(files);
  }

  console.log(`Storing ${opts["page-only"] ? "the GitHub spec" : "both specs"} in a throwaway database through attachSpec${opts["page-only"] ? "" : ", then re-uploading them unchanged"}…`);
  const url = await createDatabase("sqlite");
  await applyMigrations(url);
  const stored = await reupload(url, files, opts["page-only"] ? 0 : Math.max(5, runs));

  console.log("Serving the production build on that database; the GitHub spec's API page is visited once (its documentation is worked out), then loaded in Chromium…");
  const base = await startServer(url);
  const prepared = await firstView(base, stored[0]!.slug, pageTimeoutMs);
  const page = typeof prepared === "number" ? await documentationPage(base, stored[0]!.slug, pageRuns, pageTimeoutMs) : prepared;
  await cleanUp();

  if (rows.length) {
    console.log("\nIngest (our full check in a worker) against redocly lint, median wall time per file:");
    console.log(`  ${"file".padEnd(36)} ${"size".padStart(8)} ${"ours".padStart(10)} ${"lint".padStart(10)} ${"ratio".padStart(6)}  (lint's own "validated in")`);
    let allWithin = true;
    for (const row of rows) {
      const ratio = median(row.ours) / median(row.lint);
      allWithin &&= ratio <= TARGET.ratio;
      console.log(`  ${row.name.padEnd(36)} ${mb(row.size).padStart(8)} ${ms(median(row.ours)).padStart(10)} ${ms(median(row.lint)).padStart(10)} ${ratio.toFixed(2).padStart(5)}×  (${ms(median(row.lintOwn))})`);
    }
    console.log(`  target ingest ≤ ${TARGET.ratio.toFixed(1)}× lint: ${verdict(allWithin)}`);
  }
  console.log("\nThrough attachSpec: the first upload (check and store), and the same file again, recognised by its hash (median):");
  for (const row of stored) {
    const again = row.reuploadMs === undefined ? "" : `, again ${ms(row.reuploadMs).padStart(7)}  (target < ${TARGET.reuploadMs} ms: ${verdict(row.reuploadMs < TARGET.reuploadMs)})`;
    console.log(`  ${row.file.padEnd(36)} first ${ms(row.firstMs).padStart(10)} (score ${row.score ?? "none"})${again}`);
  }
  if (typeof prepared === "number") console.log(`Its documentation worked out by the server, once for the revision: ready ${ms(prepared)} after the first view of its page`);
  if ("failed" in page) {
    console.log(`API page of the GitHub spec: ${page.failed}`);
    process.exitCode = 1;
  } else {
    const typical = median(page.ready);
    console.log(`API page of the GitHub spec, documentation on screen, by the page's clock (${READY}): first ${ms(page.ready[0]!)}, median ${ms(typical)} (target < ${TARGET.pageMs / 1000} s: ${verdict(typical < TARGET.pageMs)})`);
    console.log(`  and interactive (${INTERACTIVE}): first ${ms(page.interactive[0]!)}, median ${ms(median(page.interactive))}`);
  }
}

main().catch(async (error: Error) => {
  console.error(`\n${error.stack ?? error.message}`);
  const log = serverLog();
  if (log) console.error(`\nThe server's last output:\n${log}`);
  await cleanUp();
  process.exitCode = 1;
});
