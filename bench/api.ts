// `npm run bench:api [-- --engine postgresql --duration 20]`: GET /api/v1/apis on 10,000 APIs at
// concurrency 50, beside a static file served by the same server in the same run (target: at
// least half the static file's requests/s). Seeds a throwaway database, serves the production
// build, and measures both in interleaved rounds so background load falls on them alike. Then
// the time to stream the whole catalogue as CSV (/data/apis.csv) from the same server, as a
// signed-out visitor downloads it (target: under a second).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, type Engine } from "../lib/db/index";
import { buildIfChanged, cleanUp, createDatabase, root, serverLog, startServer } from "./harness";
import { emptyRun, measure as measureLoad, percentile, type Run } from "./load";
import { seed } from "./seed";
import { download, median } from "./download";
import { hashSecret, newSecret } from "../lib/api/secrets";
import { issueToken } from "../lib/api/tokens";

const TARGET = 0.5;
const CSV_TARGET_MS = 1000;
const { values: opts } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    rounds: { type: "string", default: "4" },
    apis: { type: "string", default: "10000" },
  },
});
const engine = opts.engine as Engine;
if (engine !== "sqlite" && engine !== "postgresql") throw new Error("--engine must be sqlite or postgresql");
const [duration, warmup, connections, apiCount, rounds] = [opts.duration, opts.warmup, opts.connections, opts.apis, opts.rounds].map(Number) as [number, number, number, number, number];
const slice = Math.max(1, Math.round(duration / rounds));

const measure = (base: string, paths: string[], seconds: number, into: Run, headers?: Record<string, string>) => measureLoad(base, paths, seconds, connections, into, 0, headers);

const summarise = ({ ms, seconds, requests, non2xx, errors, timeouts, failedPaths }: Run) => {
  ms.sort((a, b) => a - b);
  return { rps: requests / seconds, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), p99: percentile(ms, 0.99), requests, failures: non2xx + errors + timeouts, failedPaths };
};

/** The first pages a client reads (unfiltered, and with the search's filters), then further pages by following links.next. */
async function apiPaths(base: string, organisation: string): Promise<string[]> {
  const starts = ["/api/v1/apis", "/api/v1/apis?lifecycle=live", `/api/v1/apis?organisation=${organisation}`, "/api/v1/apis?spec=yes&auth=oauth2", "/api/v1/apis?q=vehicle"];
  const paths = [...starts];
  let next: string | undefined = "/api/v1/apis";
  for (let i = 0; i < 10 && next; i++) {
    const body = (await (await fetch(base + next)).json()) as { links: { next?: string } };
    next = body.links.next;
    if (next) paths.push(next);
  }
  return paths;
}

async function main() {
  await buildIfChanged();
  console.log(`Seeding ${apiCount.toLocaleString("en-GB")} synthetic APIs into a throwaway ${engine} database…`);
  const url = await createDatabase(engine);
  const db = createDb(url);
  const seeded = await seed(db, { apis: apiCount });
  // A client of the largest organisation, for the row of reads no cache answers.
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: seeded.bigOrganisation }, select: { id: true } });
  const secret = newSecret("cs");
  const client = await db.apiClient.create({ data: { organisationId: organisation.id, name: "Bench", scopes: "catalogue:read", secretHash: hashSecret(secret), createdBy: "bench" } });
  const { accessToken } = await issueToken(db, client.id, secret, null).finally(() => db.$disconnect());
  // Every request comes from 127.0.0.1: quotas that autocannon cannot reach, but still counted on each request.
  process.env.API_ANONYMOUS_RATE_LIMIT = "1000000000";
  process.env.API_RATE_LIMIT = "1000000000";
  const base = await startServer(url);
  const targets = { api: await apiPaths(base, seeded.bigOrganisation), static: ["/robots.txt"] };
  for (const p of [...targets.api, ...targets.static]) {
    const status = (await fetch(base + p)).status;
    if (status !== 200) throw new Error(`${p} answered ${status}\n${serverLog()}`);
  }
  const names = ["api", "static"] as const;
  const runs = { api: emptyRun(), static: emptyRun(), client: emptyRun() };
  console.log(`Warming up (${warmup} s each), then ${rounds} rounds of ${slice} s per target at ${connections} connections…`);
  for (const n of names) await measure(base, targets[n], warmup, emptyRun());
  for (let round = 1; round <= rounds; round++) {
    for (const n of names) await measure(base, targets[n], slice, runs[n]);
    console.log(`  round ${round}: ${names.map((n) => `${n} ${(runs[n].requests / runs[n].seconds).toFixed(0)} req/s`).join(", ")} (so far)`);
  }
  // After the target's rounds, so the reads it logs do not weigh on them.
  console.log(`Then the same URLs as a client for ${slice} s…`);
  await measure(base, targets.api, slice, runs.client, { Authorization: `Bearer ${accessToken}` });
  console.log("Then the whole catalogue as CSV, 5 times…");
  await download(`${base}/data/apis.csv`); // warm-up: the route's first compile
  const csv = [];
  for (let i = 0; i < 5; i++) csv.push(await download(`${base}/data/apis.csv`));
  await cleanUp();
  const csvMs = median(csv.map((t) => t.last));
  const api = summarise(runs.api);
  const stat = summarise(runs.static);
  const asClient = summarise(runs.client);
  const ratio = api.rps / stat.rps;
  const cpus = os.cpus();
  const row = (label: string, f: typeof api) => `${label.padEnd(34)}${f.rps.toFixed(0).padStart(8)}${f.p50.toFixed(1).padStart(9)}${f.p95.toFixed(1).padStart(9)}${String(f.requests).padStart(10)}${String(f.failures).padStart(9)}`;
  console.log(`\nAPI benchmark: ${engine}, ${seeded.apis.toLocaleString("en-GB")} APIs across ${seeded.organisations} organisations`);
  console.log(`Machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), Node ${process.version}; ${connections} connections, ${slice * rounds} s per target in ${rounds} interleaved rounds\n`);
  console.log(`${"".padEnd(34)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"requests".padStart(10)}${"errors".padStart(9)}`);
  console.log(row(`GET /api/v1/apis (${targets.api.length} URLs)`, api));
  console.log(row("static file /robots.txt", stat));
  console.log(row("  the same, as a client (no cache)", asClient));
  console.log(`\nTarget: GET /api/v1/apis ≥ ${TARGET}× the static file's requests/s — ${ratio >= TARGET ? "PASS" : "FAIL"} (${ratio.toFixed(2)}×)`);
  console.log(`(As a client every read is worked out afresh, its token checked and the read logged: ${(asClient.rps / stat.rps).toFixed(2)}× the static file, for information.)`);
  console.log(`\nThe full CSV (/data/apis.csv, ${(csv[0]!.bytes / 1e6).toFixed(1)} MB, ${seeded.public.toLocaleString("en-GB")} public APIs): first byte ${median(csv.map((t) => t.first)).toFixed(0)} ms, whole file median ${csvMs.toFixed(0)} ms of 5 — target < ${CSV_TARGET_MS} ms: ${csvMs < CSV_TARGET_MS ? "PASS" : "FAIL"}`);
  const failures = api.failures + stat.failures + asClient.failures;
  if (failures) {
    console.error(`\n!! ${failures} requests failed: these figures are NOT valid.`);
    for (const [p, n] of Object.entries({ ...api.failedPaths, ...stat.failedPaths, ...asClient.failedPaths })) console.error(`!!   ${n} × ${p}`);
    process.exitCode = 1;
  }
  const outFile = path.join(root, "bench/out", `api-${engine}.json`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), engine, seeded, connections, results: { api, static: stat, client: asClient }, ratio, target: TARGET, pass: ratio >= TARGET, csv: { medianMs: csvMs, bytes: csv[0]!.bytes, target: CSV_TARGET_MS, pass: csvMs < CSV_TARGET_MS } }, null, 2)}\n`);
  console.log(`Figures written to ${path.relative(root, outFile)}`);
}

main().catch(async (error: Error) => {
  console.error(`\nThe benchmark failed: ${error.message}`);
  await cleanUp();
  process.exitCode = 1;
});
