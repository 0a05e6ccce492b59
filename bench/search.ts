// `npm run bench:search [-- --engine postgresql --duration 30]`: how much does search cost on
// top of the framework? Seeds a throwaway database, serves the production build on it and, in
// one run, loads /apis?q=… (varied), /status (a dynamic page with no database: the floor) and
// /robots.txt (a static file: the ceiling). Comparing against the floor measured on the same
// machine a moment earlier is what makes the figure mean something on any machine.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { createDb, type Engine } from "../lib/db/index";
import { applyMigrations } from "../lib/db/migrations/apply";
import { seed, type SeedSummary } from "./seed";

const root = path.resolve(__dirname, "..");
const TARGET = 0.9;
const { values: opts } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    apis: { type: "string", default: "10000" },
  },
});
const engine = opts.engine as Engine;
if (engine !== "sqlite" && engine !== "postgresql") throw new Error("--engine must be sqlite or postgresql");
const [duration, warmup, connections, apiCount] = [opts.duration, opts.warmup, opts.connections, opts.apis].map(Number) as [number, number, number, number];

// Everything started is registered here at once, so an error or Ctrl-C at any point tears down
// what exists so far (in reverse order: server before database).
const cleanups: (() => unknown)[] = [];
async function cleanUp() {
  for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) await Promise.resolve().then(fn).catch((e: Error) => console.error(`Cleanup: ${e.message}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and removing the throwaway database…`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, capture = false): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function createDatabase(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  if (engine === "sqlite") return `file:${path.join(dir, "bench.db")}`;
  // Our own state file, so we never stop (or collide with) a test run's PostgreSQL.
  const env = { ...process.env, PG_TEST_STATE: path.join(dir, "pg.state") };
  cleanups.push(() => run("bash", ["scripts/pg-test-server.sh", "stop"], env));
  const { code, stdout } = await run("bash", ["scripts/pg-test-server.sh", "start"], env, true);
  if (code !== 0) throw new Error("Could not start PostgreSQL (scripts/pg-test-server.sh start failed)");
  return stdout.trim().split("\n").pop()!;
}

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Kills the whole process group: `next start` runs its server in a child of its own. */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  const kill = (signal: NodeJS.Signals) => { try { process.kill(-child.pid!, signal); } catch { /* already gone */ } };
  kill("SIGTERM");
  if ((await Promise.race([exited.then(() => true), sleep(5000)])) !== true) kill("SIGKILL");
}

let serverLog = "";
async function startServer(databaseUrl: string): Promise<string> {
  const port = await sparePort();
  // The local bin rather than npx: same program, no npx wrapper process in the way of signals.
  // Detached, so Ctrl-C reaches us first and we stop it in order; 127.0.0.1 keeps it private.
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => stopGroup(child));
  const keep = (d: Buffer) => (serverLog = (serverLog + d).slice(-8000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${serverLog}`);
    const ok = await fetch(`${base}/status`).then((r) => r.ok, () => false);
    if (ok) return base;
  }
  throw new Error(`next start did not answer within 60 s:\n${serverLog}`);
}

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

type Figures = { rps: number; p50: number; p95: number; p99: number; requests: number; non2xx: number; errors: number; timeouts: number };
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]! : NaN);

/** One autocannon run; each request takes the next path in the list, across all connections. */
async function measure(base: string, paths: string[], seconds: number): Promise<Figures & { failedPaths: Record<string, number> }> {
  let next = 0;
  const ms: number[] = [];
  const failedPaths: Record<string, number> = {};
  const result = await new Promise<Result>((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            // autocannon reports no p95 and cannot say which URL failed, so we time each request
            // ourselves: setupRequest runs just before it is written, onResponse when it completes.
            setupRequest: (request, context) => {
              const p = paths[next++ % paths.length]!;
              Object.assign(context, { path: p, start: performance.now() });
              return { ...request, path: p };
            },
            onResponse: (status, _body, context) => {
              ms.push(performance.now() - (context.start as number));
              const p = context.path as string;
              if (status < 200 || status > 299) failedPaths[p] = (failedPaths[p] ?? 0) + 1;
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
  ms.sort((a, b) => a - b);
  const { requests, non2xx, errors, timeouts } = result;
  return { rps: requests.average, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), p99: percentile(ms, 0.99), requests: requests.total, non2xx, errors, timeouts, failedPaths };
}

/** Each URL alone, one request at a time: its own cost, free of the queueing that makes every
 * URL look equally slow under load. Median of a few rounds, after one to warm it. */
async function serviceTimes(base: string, paths: string[], rounds = 5): Promise<{ path: string; ms: number }[]> {
  const out = [];
  for (const p of paths) {
    const ms: number[] = [];
    for (let i = 0; i <= rounds; i++) {
      const start = performance.now();
      await fetch(base + p).then((r) => r.arrayBuffer());
      if (i > 0) ms.push(performance.now() - start);
    }
    out.push({ path: p, ms: percentile(ms.sort((a, b) => a - b), 0.5) });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

async function main() {
  const started = Date.now();
  console.log(`Seeding ${apiCount.toLocaleString("en-GB")} synthetic APIs into a throwaway ${engine} database…`);
  const url = await createDatabase();
  await applyMigrations(url);
  const db = createDb(url);
  const seeded = await seed(db, { apis: apiCount }).finally(() => db.$disconnect());
  console.log(`Seeded ${seeded.organisations} organisations, ${seeded.apis} APIs (${seeded.public} public), ${seeded.specs} specs in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  // build.mjs rebuilds only when the sources changed since the last build.
  const built = fs.existsSync(path.join(root, "scripts/build.mjs")) ? await run("node", ["scripts/build.mjs"]) : await run("npx", ["next", "build"]);
  if (built.code !== 0) throw new Error("The production build failed (see above).");
  const base = await startServer(url);

  const targets = { search: searchPaths(seeded), floor: ["/status"], ceiling: ["/robots.txt"] };
  // One request each first: a broken page should fail fast, not after a minute of load.
  for (const p of Object.values(targets).flat()) {
    const status = await fetch(base + p).then((r) => r.status, () => 0);
    if (status !== 200) console.error(`!! ${p} answered ${status || "nothing"}`);
  }
  console.log("Timing each URL alone…");
  const alone = await serviceTimes(base, [...targets.search, ...targets.floor]);
  const results = {} as Record<keyof typeof targets, Awaited<ReturnType<typeof measure>>>;
  for (const [name, paths] of Object.entries(targets) as [keyof typeof targets, string[]][]) {
    process.stdout.write(`Measuring ${name} (${warmup} s warm-up, ${duration} s at ${connections} connections)… `);
    await measure(base, paths, warmup);
    results[name] = await measure(base, paths, duration);
    console.log(`${results[name].rps.toFixed(0)} req/s`);
  }
  await cleanUp(); // the server and database go before the report, so nothing outlives a crash in it
  report(seeded, results, alone);
}

type Results = Record<"search" | "floor" | "ceiling", Awaited<ReturnType<typeof measure>>>;
function report(seeded: SeedSummary, results: Results, alone: { path: string; ms: number }[]) {
  const cpus = os.cpus();
  const { search, floor, ceiling } = results;
  const ratios = { searchToFloor: search.rps / floor.rps, searchToCeiling: search.rps / ceiling.rps, floorToCeiling: floor.rps / ceiling.rps };
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const row = (label: string, f: Figures) =>
    `${label.padEnd(22)}${pad(f.rps.toFixed(0), 8)}${pad(f.p50.toFixed(1), 9)}${pad(f.p95.toFixed(1), 9)}${pad(f.p99.toFixed(1), 9)}${pad(f.requests, 10)}${pad(f.non2xx + f.errors + f.timeouts, 9)}`;
  const failures = Object.values(results).reduce((n, f) => n + f.non2xx + f.errors + f.timeouts, 0);
  const pass = ratios.searchToFloor >= TARGET;

  console.log(`\nSearch benchmark: ${engine}, ${seeded.apis.toLocaleString("en-GB")} APIs (${seeded.public.toLocaleString("en-GB")} public, ${seeded.specs} with a spec) across ${seeded.organisations} organisations`);
  console.log(`Machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), Node ${process.version}; ${connections} connections, ${duration} s per target after ${warmup} s warm-up\n`);
  console.log(`${"".padEnd(22)}${pad("req/s", 8)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}${pad("requests", 10)}${pad("errors", 9)}`);
  console.log(row(`search /apis (${alone.filter((u) => u.path.startsWith("/apis")).length} URLs)`, search));
  console.log(row("floor /status", floor));
  console.log(row("ceiling /robots.txt", ceiling));
  console.log(`\nsearch/floor ${pct(ratios.searchToFloor)}   search/ceiling ${pct(ratios.searchToCeiling)}   floor/ceiling ${pct(ratios.floorToCeiling)}`);
  console.log(`Target: search ≥ 90 % of the floor's throughput — ${pass ? "PASS" : "FAIL"} (${pct(ratios.searchToFloor)})`);

  const shown = alone.filter((u, i) => i < 10 || u.path === "/apis" || u.path === "/status");
  console.log(`\nSlowest URLs alone, one request at a time (median ms; all ${alone.length} in the JSON):`);
  for (const u of shown) console.log(`  ${pad(u.ms.toFixed(1), 7)}  ${u.path}`);
  if (failures) {
    console.error(`\n${"!".repeat(72)}\n!! ${failures} requests failed (non-2xx, errors or timeouts): these figures are NOT valid.`);
    for (const [p, n] of Object.entries(search.failedPaths)) console.error(`!!   ${n} × ${p}`);
    console.error(`!! Last server output:\n${serverLog.trim().split("\n").slice(-20).join("\n")}\n${"!".repeat(72)}`);
    process.exitCode = 1;
  }

  const outFile = path.join(root, "bench/out", `search-${engine}.json`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const machine = { cpus: cpus.length, cpuModel: cpus[0]?.model.trim(), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const settings = { connections, durationSeconds: duration, warmupSeconds: warmup };
  fs.writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), engine, seeded, machine, settings, results, alone, ratios, target: { searchToFloor: TARGET, pass }, failures }, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(root, outFile)}`);
}

main().catch(async (error: Error) => {
  console.error(`\nThe benchmark failed: ${error.message}`);
  await cleanUp();
  process.exitCode = 1;
});
