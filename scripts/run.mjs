// Small process helpers shared by start.mjs, test.mjs and build.mjs. Node built-ins only:
// these scripts must run on a fresh clone before `npm install` has made node_modules.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where our own stamps live; it goes with node_modules, so a fresh install starts clean. */
export const stampDir = path.join(root, "node_modules/.cache/api-catalogue");

/** Keeps the tools offline and quiet (no telemetry, update checks or funding notices). */
export const quietEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_update_notifier: "false",
};

let current = null;
let stopping = null;

/** SIGINT/SIGTERM go to the child that is running, and we leave once it has gone. */
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = signal;
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

/** Whether a signal asked us to stop; callers end their sequence when it has. */
export const stopRequested = () => stopping !== null;

/** Runs a command in the repository, output shown; resolves with its exit code (never rejects). */
export function run(command, args, { env = {}, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...quietEnv, ...env }, stdio: "inherit" });
    current = child;
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      if (current === child) current = null;
      if (stopping) process.exit(stopping === "SIGINT" ? 130 : 143);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** A locally installed tool from node_modules/.bin. */
export const bin = (name) => path.join(root, "node_modules/.bin", name);

/** npm itself: the one that launched us when there is one, else the one on PATH. */
export function npm(args, options) {
  const cli = process.env.npm_execpath;
  return cli && /\.(c?js|mjs)$/.test(cli) ? run(process.execPath, [cli, ...args], options) : run("npm", args, options);
}

/** Runs an async step, printing its name and how long it took; returns what the step returned. */
export async function step(name, fn) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = await fn();
  console.log(`◀ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

export function sha256(...parts) {
  const hash = crypto.createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** The parts of package.json that change what gets installed or built (not its other scripts). */
export function packageHash() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const hooks = Object.fromEntries(["preinstall", "install", "postinstall"].map((k) => [k, pkg.scripts?.[k]]));
  const fields = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "overrides", "engines"];
  return sha256(JSON.stringify([...fields.map((k) => pkg[k] ?? null), hooks]));
}

export function readStamp(name) {
  try {
    return fs.readFileSync(path.join(stampDir, name), "utf8").trim();
  } catch {
    return null;
  }
}

export function writeStamp(name, value) {
  fs.mkdirSync(stampDir, { recursive: true });
  fs.writeFileSync(path.join(stampDir, name), `${value}\n`);
}

/** True when nothing listens on the port (any address), so a server can bind it. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `start` on. */
export async function freePort(start) {
  for (let port = start; port < start + 200; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port between ${start} and ${start + 199}`);
}

/** Resolves once something accepts connections on 127.0.0.1:port, or false if `alive()` turns false. */
export async function waitForPort(port, alive) {
  while (alive()) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
