// `npm run bench:search [-- --engine postgresql --duration 30]`: how much does search cost on
// top of the framework? Seeds a throwaway database, serves the production build on it and, in
// one run, loads /apis?q=… (varied), /status (a dynamic page whose only query is SELECT 1: the floor) and
// /robots.txt (a static file: the ceiling). Comparing against the floor, measured on the same
// machine in interleaved rounds, is what makes the figure mean something on any machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, type Engine } from "../lib/db/index";
import { buildIfChanged, cleanUp, createDatabase, root, serverLog, startServer } from "./harness";
import { emptyRun, measure as measureLoad, percentile, type Run } from "./load";
import { prng, seed, type SeedSummary } from "./seed";

/** search (mostly answered by the page cache) ≥ 0.9× the floor's throughput */
const TARGET = 0.9;
/** A search nobody made before, that no cache can answer: ≥ 0.5× the floor, with p99 under 500 ms. */
const UNCACHED_TARGET = 0.5;
const UNCACHED_P99_MS = 500;
const { values: opts } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "4" },
    apis: { type: "string", default: "10000" },
  },
});
const engine = opts.engine as Engine;
if (engine !== "sqlite" && engine !== "postgresql") throw new Error("--engine must be sqlite or postgresql");
const [duration, warmup, connections, apiCount, rounds] = [opts.duration, opts.warmup, opts.connections, opts.apis, opts.rounds].map(Number) as [number, number, number, number, number];
const slice = Math.max(1, Math.round(duration / rounds)); // seconds per target per round

function searchPaths(s: SeedSummary): string[] {
  const q = (query: string) => `/apis?${query}`;
  return [
    "/apis", q("q=vehicle"), q("q=flood"), q("q=tax"), q("q=school"), q("q=licence"), q("q=council"), q("q=statistics"),
    q("q=postcode"), q("q=flood+warning"), q("q=driving+licence"), q("q=planning+application"), q("q=open+data"),
    q("q=veh"), q("q=envir"), q("q=reg"), q("q=vehicle&lifecycle=live"), q("q=data&lifecycle=live&auth=oauth2"),
    q("q=api&spec=yes"), q(`organisation=${s.bigOrganisation}`), q(`q=register&organisation=${s.midOrganisation}`),
    q("lifecycle=deprecated"), q("sort=updated"), q("q=health&sort=updated"), q("q=data&page=2"), q("page=2"),
    q("q=transport&sort=name"), q("spec=yes&auth=api-key"), q("q=zyxwvut"), q("q=weather+forecast&lifecycle=beta&lifecycle=live"),
    q(`q=tax&organisation=${s.bigOrganisation}&organisation=${s.midOrganisation}`),
  ];
}

/** Searches that do not repeat within a run: the ~30 above are all result-cache hits after the
 * warm-up (lib/catalogue/search/cache.ts), and real traffic has a long tail of distinct ones. */
function uncachedPaths(): string[] {
  const words = ["vehicle", "flood", "school", "licence", "council", "statistics", "postcode", "planning", "health", "transport", "register", "weather", "energy", "court", "benefit", "pension", "passport", "waste", "library", "population", "grant", "company", "trade", "customs", "river", "property", "address", "boundary", "hospital", "student", "teacher", "crime", "electoral", "holidays", "notifications", "submission", "lookup", "enquiry", "validation", "events"];
  const queries = [...new Set(words.flatMap((w) => [4, 5, 6, w.length].map((n) => w.slice(0, n))))];
  const paths = queries.flatMap((q) =>
    ["", "&lifecycle=live", "&lifecycle=beta", "&spec=yes", "&auth=oauth2", "&auth=api-key", "&score=high", "&lifecycle=live&spec=yes"].flatMap((f) => ["", "&sort=updated", "&sort=name"].flatMap((o) => [`/apis?q=${q}${f}${o}`, `/apis?q=${q}${f}${o}&page=2`])),
  );
  const r = prng(7); // a fixed shuffle, so each run asks the same sequence
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [paths[i], paths[j]] = [paths[j]!, paths[i]!];
  }
  return paths;
}

/** Where each list got to, so the warm-up and later rounds carry on rather than start again. */
const cursors = new WeakMap<string[], number>();

async function measure(base: string, paths: string[], seconds: number, into: Run): Promise<void> {
  cursors.set(paths, await measureLoad(base, paths, seconds, connections, into, cursors.get(paths) ?? 0));
}

function summarise({ ms, seconds, requests, non2xx, errors, timeouts, failedPaths }: Run) {
  ms.sort((x, y) => x - y);
  return { rps: requests / seconds, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), p99: percentile(ms, 0.99), requests, non2xx, errors, timeouts, failedPaths };
}

type Alone = { path: string; status: number; first: number; ms: number };
/** Each URL alone, one request at a time: its own cost, free of the queueing that makes every
 * URL look equally slow under load: the first request, then the median of a few more. */
async function serviceTimes(base: string, paths: string[], times = 5): Promise<Alone[]> {
  const out = [];
  for (const p of paths) {
    const ms: number[] = [];
    let status = 0;
    for (let i = 0; i <= times; i++) {
      const start = performance.now();
      status = await fetch(base + p).then((r) => r.arrayBuffer().then(() => r.status), () => 0);
      ms.push(performance.now() - start);
      if (status !== 200) break;
    }
    // The first is the only one the result cache cannot answer.
    out.push({ path: p, status, first: ms[0]!, ms: percentile(ms.slice(1).sort((a, b) => a - b), 0.5) });
  }
  return out.sort((a, b) => b.first - a.first);
}

async function main() {
  await buildIfChanged();

  const started = Date.now();
  console.log(`Seeding ${apiCount.toLocaleString("en-GB")} synthetic APIs into a throwaway ${engine} database…`);
  const url = await createDatabase(engine);
  const db = createDb(url);
  const seeded = await seed(db, { apis: apiCount }).finally(() => db.$disconnect());
  console.log(`Seeded ${seeded.organisations} organisations, ${seeded.apis} APIs (${seeded.public} public), ${seeded.specs} specs in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const base = await startServer(url);

  const targets = { search: searchPaths(seeded), uncached: uncachedPaths(), floor: ["/status"], ceiling: ["/robots.txt"] };
  console.log("Timing each URL alone…");
  // Warm the server's code paths on searches the timed lists never ask for, so the first timed
  // request pays for its query, not for the server's first search.
  for (const p of targets.uncached.slice(-10)) await fetch(base + p).then((r) => r.arrayBuffer());
  const alone = await serviceTimes(base, [...targets.search, ...targets.floor, ...targets.ceiling]);
  // A broken page should fail now, not after minutes of load.
  const broken = alone.filter((u) => u.status !== 200).map((u) => `${u.path} answered ${u.status || "nothing"}`);
  if (broken.length) throw new Error(`${broken.join("\n")}\nLast server output:\n${serverLog()}`);
  // Interleaved rounds rather than one long run per target: on a shared machine the background
  // load drifts, and interleaving spreads the drift evenly over all the targets.
  const names = Object.keys(targets) as (keyof typeof targets)[];
  const runs = Object.fromEntries(names.map((n) => [n, emptyRun()])) as Record<keyof typeof targets, Run>;
  console.log(`Warming up (${warmup} s each), then ${rounds} rounds of ${slice} s per target at ${connections} connections…`);
  for (const n of names) await measure(base, targets[n], warmup, emptyRun());
  for (let round = 1; round <= rounds; round++) {
    for (const n of names) await measure(base, targets[n], slice, runs[n]);
    console.log(`  round ${round}: ${names.map((n) => `${n} ${(runs[n].requests / runs[n].seconds).toFixed(0)} req/s`).join(", ")} (so far)`);
  }
  const results = Object.fromEntries(names.map((n) => [n, summarise(runs[n])])) as Results;
  // Had the list come round again, a repeated URL could have been answered by a cache.
  const repeated = (cursors.get(targets.uncached) ?? 0) > targets.uncached.length;
  await cleanUp(); // the server and database go before the report, so nothing outlives a crash in it
  report(seeded, results, alone, repeated);
}

type Results = Record<"search" | "uncached" | "floor" | "ceiling", ReturnType<typeof summarise>>;
function report(seeded: SeedSummary, results: Results, alone: Alone[], repeated: boolean) {
  const cpus = os.cpus();
  const { search, uncached, floor, ceiling } = results;
  const ratios = { searchToFloor: search.rps / floor.rps, searchToCeiling: search.rps / ceiling.rps, floorToCeiling: floor.rps / ceiling.rps, uncachedToFloor: uncached.rps / floor.rps };
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const row = (label: string, f: Results["search"]) =>
    `${label.padEnd(22)}${pad(f.rps.toFixed(0), 8)}${pad(f.p50.toFixed(1), 9)}${pad(f.p95.toFixed(1), 9)}${pad(f.p99.toFixed(1), 9)}${pad(f.requests, 10)}${pad(f.non2xx + f.errors + f.timeouts, 9)}`;
  const failures = Object.values(results).reduce((n, f) => n + f.non2xx + f.errors + f.timeouts, 0);
  const pass = ratios.searchToFloor >= TARGET;
  const uncachedPass = ratios.uncachedToFloor >= UNCACHED_TARGET && uncached.p99 < UNCACHED_P99_MS && !repeated;

  console.log(`\nSearch benchmark: ${engine}, ${seeded.apis.toLocaleString("en-GB")} APIs (${seeded.public.toLocaleString("en-GB")} public, ${seeded.specs} with a spec) across ${seeded.organisations} organisations`);
  console.log(`Machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), Node ${process.version}; ${connections} connections, ${slice * rounds} s per target in ${rounds} interleaved rounds after ${warmup} s warm-up\n`);
  console.log(`${"".padEnd(22)}${pad("req/s", 8)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}${pad("requests", 10)}${pad("errors", 9)}`);
  console.log(row(`search /apis (${alone.filter((u) => u.path.startsWith("/apis")).length} URLs)`, search));
  console.log(row("  each URL new", uncached));
  console.log(row("floor /status", floor));
  console.log(row("ceiling /robots.txt", ceiling));
  console.log(`\nsearch/floor ${pct(ratios.searchToFloor)}   search/ceiling ${pct(ratios.searchToCeiling)}   floor/ceiling ${pct(ratios.floorToCeiling)}   (each URL new)/floor ${pct(ratios.uncachedToFloor)}`);
  console.log(`Target: search ≥ 90 % of the floor's throughput — ${pass ? "PASS" : "FAIL"} (${pct(ratios.searchToFloor)})`);
  console.log(
    `Target: each URL new ≥ 50 % of the floor's throughput, p99 < ${UNCACHED_P99_MS} ms — ${uncachedPass ? "PASS" : "FAIL"} (${pct(ratios.uncachedToFloor)}, p99 ${uncached.p99.toFixed(0)} ms)`,
  );
  if (repeated) console.log(`  (FAIL: more requests than the list holds new searches, so some were repeats a cache could answer: use a shorter --duration)`);

  const shown = alone.filter((u, i) => i < 10 || u.path === "/apis" || u.path === "/status" || u.path === "/robots.txt");
  console.log(`\nSlowest URLs alone, one request at a time (ms: first, then median of 5; all ${alone.length} in the JSON):`);
  for (const u of shown) console.log(`  ${pad(u.first.toFixed(1), 7)} ${pad(u.ms.toFixed(1), 7)}  ${u.path}`);
  if (failures) {
    console.error(`\n${"!".repeat(72)}\n!! ${failures} requests failed (non-2xx, errors or timeouts): these figures are NOT valid.`);
    for (const [p, n] of Object.values(results).flatMap((f) => Object.entries(f.failedPaths))) console.error(`!!   ${n} × ${p}`);
    console.error(`!! Last server output:\n${serverLog().trim().split("\n").slice(-20).join("\n")}\n${"!".repeat(72)}`);
    process.exitCode = 1;
  }

  const outFile = path.join(root, "bench/out", `search-${engine}.json`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const machine = { cpus: cpus.length, cpuModel: cpus[0]?.model.trim(), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const settings = { connections, durationSeconds: slice * rounds, rounds, warmupSeconds: warmup };
  fs.writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), engine, seeded, machine, settings, results, alone, ratios, target: { searchToFloor: TARGET, pass, uncachedToFloor: UNCACHED_TARGET, uncachedP99Ms: UNCACHED_P99_MS, uncachedPass, repeated }, failures }, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(root, outFile)}`);
}

main().catch(async (error: Error) => {
  console.error(`\nThe benchmark failed: ${error.message}`);
  await cleanUp();
  process.exitCode = 1;
});
