// `npm run bench:ingest [-- --runs 5]`: how long does our full check of a spec take, as the
// production server runs it (the worker chunk Next builds from lib/openapi/check.worker.ts:
// decode, parse, lint with Redocly's recommended rules and the GDS rules in one walk, bundle,
// score), and the whole upload a publisher waits for (the form posted to the production server:
// check, compare with the previous version, store), against `redocly lint` on the same file in
// the same run? Also: how long a re-upload of an unchanged spec takes to be recognised, and how
// long until the API page of the GitHub REST spec shows its documentation in Chromium
// (`--page-only`: that alone).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { randomBytes } from "node:crypto";
import { userViewer } from "../lib/auth/viewer";
import { createDb, type Db } from "../lib/db/index";
import { attachSpec } from "../lib/openapi/attach";
import type { CheckResult } from "../lib/openapi/check";
import type { WorkerJob } from "../lib/openapi/check.worker";
import { PHASES } from "../lib/openapi/phases";
import { workerResourceLimits } from "../lib/openapi/worker";
import { documentationPage, firstView, INTERACTIVE, READY } from "./documentation-page";
import { buildIfChanged, childrenCpuMs, cleanUp, createDatabase, root, serverLog, startServer } from "./harness";
import { earlierVersion, medianPhases, signedInPublisher, timeUpload, type Upload } from "./upload";

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
const GITHUB_SLUG = "github-rest";
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
function timeLint(file: string, cwd: string): Promise<{ wallMs: number; ownMs: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const cpu = childrenCpuMs();
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
    let wallMs = NaN;
    child.on("exit", () => (wallMs = performance.now() - started));
    // By 'close' the child has been waited for, so its CPU time is counted in ours, and its output is all read.
    child.on("close", () => {
      const own = /validated in (\d+)ms/.exec(output);
      if (!own) return reject(new Error(`redocly lint did not validate ${file}:\n${output.slice(-2000)}`));
      resolve({ wallMs, ownMs: Number(own[1]), cpuMs: childrenCpuMs() - cpu });
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

type Row = { name: string; size: number; ours: number[]; lint: number[]; lintOwn: number[]; lintCpu: number[] };

/** The server, its database and a signed-in publisher of the benchmark's organisation, to upload through the form. */
type Site = { base: string; db: Db; organisationId: string; userId: string; cookie: string };

type Uploads = { first: Upload[]; replacing: Upload[] };

let apis = 0;
async function newApi(site: Site, slug = `upload-${++apis}`): Promise<{ id: string; slug: string }> {
  return site.db.api.create({ data: { slug, name: slug, description: "An API description for the ingest benchmark.", organisationId: site.organisationId }, select: { id: true, slug: true } });
}

/**
 * The GitHub spec uploaded through the form twice per run: to an API with no spec yet (check and
 * store), and to an API whose current version is an earlier one (check, compare, store). Each
 * starts once the server's next worker has loaded, as on a server that is not mid-upload.
 */
async function uploads(site: Site, file: string, into: Uploads, run: number): Promise<void> {
  const bytes = fs.readFileSync(file);
  const first = async () => {
    await sleep(settleMs);
    into.first.push(await timeUpload(site.base, site.cookie, (await newApi(site, run === 0 ? GITHUB_SLUG : undefined)).id, bytes, file));
  };
  const replacing = async () => {
    const replaced = await newApi(site);
    await sleep(settleMs);
    await timeUpload(site.base, site.cookie, replaced.id, earlierVersion(bytes.toString("utf8")), file);
    await sleep(settleMs);
    into.replacing.push(await timeUpload(site.base, site.cookie, replaced.id, bytes, file));
  };
  // Each goes first in turn, so neither always follows the same thing.
  for (const upload of run % 2 ? [replacing, first] : [first, replacing]) await upload();
  await sleep(settleMs);
}

async function ingestVersusLint(files: string[], site: Site): Promise<{ rows: Row[]; uploaded: Uploads }> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-lint-"));
  const uploaded: Uploads = { first: [], replacing: [] };
  try {
    const rows = files.map((f): Row => ({ name: path.basename(f), size: fs.statSync(f).size, ours: [], lint: [], lintOwn: [], lintCpu: [] }));
    // Interleaved, so background load on a shared machine falls on all alike.
    for (let r = 0; r < runs; r++) {
      for (const [i, file] of files.entries()) {
        const row = rows[i]!;
        row.ours.push(await timeCheck(fs.readFileSync(file)));
        const lint = await timeLint(file, cwd);
        row.lint.push(lint.wallMs);
        row.lintOwn.push(lint.ownMs);
        row.lintCpu.push(lint.cpuMs);
        console.log(`  run ${r + 1}/${runs} ${row.name}: ours ${ms(row.ours.at(-1)!)}, redocly lint ${ms(lint.wallMs)} (it reports ${ms(lint.ownMs)})`);
        if (file !== GITHUB) continue;
        await uploads(site, file, uploaded, r);
        console.log(`  run ${r + 1}/${runs} ${row.name}: whole upload, first ${ms(uploaded.first.at(-1)!.ms)}, replacing a version ${ms(uploaded.replacing.at(-1)!.ms)}`);
      }
    }
    return { rows, uploaded };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

type Stored = { file: string; slug: string; reuploadMs: number };

/** Each spec is stored through the form, then uploaded again unchanged through attachSpec here: how long until it is recognised by its hash. */
async function reupload(site: Site, files: string[]): Promise<Stored[]> {
  const publisher = userViewer({ id: site.userId, name: "Bench Publisher", email: "bench@example.gov.uk", role: "none", organisationIds: [site.organisationId] });
  const stored: Stored[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const api = file === GITHUB ? await site.db.api.findUniqueOrThrow({ where: { slug: GITHUB_SLUG }, select: { id: true, slug: true } }) : await newApi(site);
    if (file !== GITHUB) await timeUpload(site.base, site.cookie, api.id, bytes, file);
    const arrival = { bytes, arrivedVia: "upload" as const, origin: path.basename(file) };
    const times: number[] = [];
    for (let r = 0; r < Math.max(5, runs); r++) {
      const t = performance.now();
      const again = await attachSpec(site.db, publisher, api.id, arrival);
      times.push(performance.now() - t);
      if (!again.ok || !again.unchanged) throw new Error(`The re-upload of ${file} was not recognised: ${JSON.stringify(again)}`);
    }
    stored.push({ file: path.basename(file), slug: api.slug, reuploadMs: median(times) });
  }
  return stored;
}

/** The production server on a throwaway database, with an organisation and one of its publishers signed in. */
async function serve(): Promise<Site> {
  const url = await createDatabase("sqlite");
  const db = createDb(url);
  const organisation = await db.organisation.create({ data: { slug: "bench", name: "Benchmark organisation" } });
  // The server signs sessions with this secret (harness.ts keeps one set here), so our cookie is one it issued.
  const secret = (process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex"));
  const publisher = await signedInPublisher(db, organisation.id, secret);
  const site = { base: await startServer(url), db, organisationId: organisation.id, ...publisher };
  // A first upload loads the route and starts the server's first worker: not what a publisher of a running server waits for.
  const tiny = new TextEncoder().encode('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}');
  await timeUpload(site.base, site.cookie, (await newApi(site)).id, tiny, "warm-up.json");
  return site;
}

function printUploads({ first, replacing }: Uploads, github: Row) {
  const lint = median(github.lint);
  const lintCpu = median(github.lintCpu);
  console.log(`\nThe whole upload of ${path.basename(GITHUB)} through the form (POST /publish/specs/upload to its 303), median against redocly lint's ${ms(lint)}:`);
  let allWithin = true;
  for (const [name, times] of [["first upload to an API", first], ["replacing a version", replacing]] as const) {
    const ratio = median(times.map((t) => t.ms)) / lint;
    allWithin &&= ratio <= TARGET.ratio;
    console.log(`  ${name.padEnd(24)} ${ms(median(times.map((t) => t.ms))).padStart(10)} ${ratio.toFixed(2).padStart(5)}×  (runs: ${times.map((t) => ms(t.ms)).join(", ")})`);
  }
  console.log(`  target whole upload ≤ ${TARGET.ratio.toFixed(1)}× lint: ${verdict(allWithin)}`);
  // Other work on a shared machine stretches wall times unevenly; CPU time it stretches far less.
  const cpu = (times: Upload[]) => median(times.map((t) => t.cpuMs));
  console.log(`  CPU time, for comparison on a busy machine: first ${ms(cpu(first))} (${(cpu(first) / lintCpu).toFixed(2)}×), replacing ${ms(cpu(replacing))} (${(cpu(replacing) / lintCpu).toFixed(2)}×), redocly lint ${ms(lintCpu)}`);
  console.log("  Where the time goes (median per phase, from the server's Server-Timing):");
  const breakdown = [medianPhases(first, median), medianPhases(replacing, median)];
  // Every phase, so one that did not happen (bundle: the spec's $refs all resolve inside it) shows as "-".
  const phases = [...PHASES, "outside the handler"];
  console.log(`    ${"phase".padEnd(20)} ${"first".padStart(10)} ${"replacing".padStart(10)}`);
  for (const phase of phases) {
    const cell = (i: number) => {
      const found = breakdown[i]!.find(([p]) => p === phase);
      return (found ? ms(found[1]) : "-").padStart(10);
    };
    console.log(`    ${phase.padEnd(20)} ${cell(0)} ${cell(1)}`);
  }
}

async function main() {
  // Build first (only when the sources changed): the page measurement serves the production build.
  await buildIfChanged();

  const files = opts["page-only"] ? [GITHUB] : [GITHUB, largestSpec()];
  console.log("Serving the production build on a throwaway database, with a publisher signed in…");
  const site = await serve();
  let rows: Row[] = [];
  let uploaded: Uploads | undefined;
  let stored: Stored[] = [];
  if (opts["page-only"]) {
    await timeUpload(site.base, site.cookie, (await newApi(site, GITHUB_SLUG)).id, fs.readFileSync(GITHUB), GITHUB);
  } else {
    const overhead = await workerOverhead();
    console.log(`Worker start-up and hand-back (an empty spec): first ${ms(overhead.cold)}, then (a loaded worker ready) ${ms(overhead.warm)}`);
    console.log(`Checking ${files.map((f) => `${path.basename(f)} (${mb(fs.statSync(f).size)})`).join(" and ")}, ${runs} runs each, against redocly lint, and uploading the first through the form…`);
    ({ rows, uploaded } = await ingestVersusLint(files, site));
    console.log("Re-uploading both specs unchanged through attachSpec…");
    stored = await reupload(site, files);
  }

  console.log("The GitHub spec's API page is visited once (its documentation is worked out), then loaded in Chromium…");
  const prepared = await firstView(site.base, GITHUB_SLUG, pageTimeoutMs);
  const page = typeof prepared === "number" ? await documentationPage(site.base, GITHUB_SLUG, pageRuns, pageTimeoutMs) : prepared;
  await site.db.$disconnect();
  await cleanUp();

  if (uploaded) {
    console.log("\nIngest (our full check in a worker) against redocly lint, median wall time per file:");
    console.log(`  ${"file".padEnd(36)} ${"size".padStart(8)} ${"ours".padStart(10)} ${"lint".padStart(10)} ${"ratio".padStart(6)}  (lint's own "validated in")`);
    let allWithin = true;
    for (const row of rows) {
      const ratio = median(row.ours) / median(row.lint);
      allWithin &&= ratio <= TARGET.ratio;
      console.log(`  ${row.name.padEnd(36)} ${mb(row.size).padStart(8)} ${ms(median(row.ours)).padStart(10)} ${ms(median(row.lint)).padStart(10)} ${ratio.toFixed(2).padStart(5)}×  (${ms(median(row.lintOwn))})`);
    }
    console.log(`  target ingest ≤ ${TARGET.ratio.toFixed(1)}× lint: ${verdict(allWithin)}`);
    printUploads(uploaded, rows[0]!);
    console.log("\nThe same file again, recognised by its hash (attachSpec, median):");
    for (const row of stored) {
      console.log(`  ${row.file.padEnd(36)} ${ms(row.reuploadMs).padStart(7)}  (target < ${TARGET.reuploadMs} ms: ${verdict(row.reuploadMs < TARGET.reuploadMs)})`);
    }
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
