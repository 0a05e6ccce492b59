// Builds the production bundle only when the sources changed since the last successful build.
// `node scripts/build.mjs` runs it on its own; start.mjs and test.mjs import buildIfNeeded().
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bin, packageHash, root, run, sha256, stampDir, step } from "./run.mjs";

const sourceDirs = ["app", "components", "lib", "public", "prisma"];
const sourceFiles = ["next.config.js", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"];
const skipped = new Set(["lib/db/generated", "node_modules"]);
const isTest = (name) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

const stampFile = path.join(root, ".next/source-hash");
const lockDir = path.join(stampDir, "build.lock");

function listFiles(dir, into) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return into;
  for (const entry of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = `${dir}/${entry.name}`;
    if (skipped.has(rel) || entry.name === ".DS_Store") continue;
    if (entry.isDirectory()) listFiles(rel, into);
    else if (entry.isFile() && !isTest(entry.name)) into.push(rel);
  }
  return into;
}

/** A hash of everything the build reads: the source folders (tests and generated clients
 * excepted), the config files and package.json's dependencies. */
export function sourceHash() {
  const files = [...sourceDirs.flatMap((d) => listFiles(d, [])), ...sourceFiles.filter((f) => fs.existsSync(path.join(root, f)))];
  return sha256(packageHash(), ...files.flatMap((f) => [`\0${f}\0`, fs.readFileSync(path.join(root, f))]));
}

export function buildIsCurrent() {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) return false;
  try {
    return fs.readFileSync(stampFile, "utf8").trim() === sourceHash();
  } catch {
    return false;
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};

/** One build at a time (npm start and npm test may run together); a dead holder's lock is taken over. */
async function withBuildLock(fn) {
  fs.mkdirSync(stampDir, { recursive: true });
  for (let announced = false; ; ) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(path.join(lockDir, "pid"), { encoding: "utf8", flag: "a+" }));
      if (holder && !alive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) console.log(`Waiting for another build (process ${holder || "?"}) to finish…`);
      announced = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Returns true when a current build is in place (built now or before), false when the build failed. */
export async function buildIfNeeded() {
  if (buildIsCurrent()) {
    console.log("The production build is up to date.");
    return true;
  }
  return withBuildLock(async () => {
    if (buildIsCurrent()) return true; // built by whoever held the lock
    const hash = sourceHash();
    const code = await step("Building (next build)", () => run(bin("next"), ["build"]));
    if (code !== 0) return false;
    fs.writeFileSync(stampFile, `${hash}\n`);
    return true;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit((await buildIfNeeded()) ? 0 : 1);
}
