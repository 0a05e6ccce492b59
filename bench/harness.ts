// Process plumbing for bench/search.ts: the throwaway database, the server, and a teardown
// that runs on success, error and Ctrl-C alike.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Engine } from "../lib/db/index";
import { applyMigrations } from "../lib/db/migrations/apply";

export const root = path.resolve(__dirname, "..");

// Everything started is registered here at once, so an error or Ctrl-C at any point tears down
// what exists so far (in reverse order: server before database).
const cleanups: (() => unknown)[] = [];
export async function cleanUp() {
  for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) await Promise.resolve().then(fn).catch((e: Error) => console.error(`Cleanup: ${e.message}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and removing the throwaway database…`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, capture = false): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout }));
  });
}

/** The production build, made current first (scripts/build.mjs builds only when the sources
 * changed): a broken build should fail before a minute of seeding, not after. */
export async function buildIfChanged(): Promise<void> {
  const built = await run("node", ["scripts/build.mjs"]);
  if (built.code !== 0) throw new Error("The production build failed (see above).");
}

/** A throwaway database of the engine, migrated: its URL. */
export async function createDatabase(engine: Engine): Promise<string> {
  const url = await emptyDatabase(engine);
  await applyMigrations(url);
  return url;
}

async function emptyDatabase(engine: Engine): Promise<string> {
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

const sparePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Kills the whole process group: `next start` runs its server in a child of its own. */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  const kill = (signal: NodeJS.Signals) => { try { process.kill(-child.pid!, signal); } catch { /* already gone */ } };
  kill("SIGTERM");
  if ((await Promise.race([exited.then(() => true), sleep(5000)])) !== true) kill("SIGKILL");
}

/** CPU time (user and system, ms) of processes by /proc: `self`'s children it has waited for, or a whole process group. */
const TICK_MS = 10; // Linux's USER_HZ is 100
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(")") + 2).split(" ");
export function childrenCpuMs(): number {
  const f = statFields(fs.readFileSync("/proc/self/stat", "utf8"));
  return (Number(f[13]) + Number(f[14])) * TICK_MS; // cutime, cstime
}
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const f = statFields(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (Number(f[2]) === group) ticks += Number(f[11]) + Number(f[12]); // pgrp; utime, stime
    } catch {
      // gone meanwhile
    }
  }
  return ticks * TICK_MS;
}

let serverGroup: number | undefined;
/** CPU time the server (all its processes and threads) has used so far, in ms. */
export const serverCpuMs = () => (serverGroup === undefined ? NaN : groupCpuMs(serverGroup));

let log = "";
/** The server's last output, to show when something fails. */
export const serverLog = () => log;
export async function startServer(databaseUrl: string): Promise<string> {
  const port = await sparePort();
  // The local bin rather than npx: same program, no npx wrapper process in the way of signals.
  // Its own process group: a terminal's Ctrl-C reaches only us, and we stop it (children too) in
  // order. 127.0.0.1 keeps it private.
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // A production server refuses to start without a session secret (instrumentation.ts); any will do here.
    env: { NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => stopGroup(child));
  serverGroup = child.pid;
  const keep = (d: Buffer) => (log = (log + d).slice(-8000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${log}`);
    const ok = await fetch(`${base}/status`).then((r) => r.ok, () => false);
    if (ok) return base;
  }
  throw new Error(`next start did not answer within 60 s:\n${log}`);
}
