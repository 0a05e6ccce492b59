// Installs dependencies when node_modules is missing or package.json's dependencies changed
// since the last install here, and regenerates the Prisma clients when the schema changed.
// `node scripts/install.mjs` runs it on its own (as .ci/run does).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { npm, packageHash, readStamp, root, sha256, step, writeStamp } from "./run.mjs";

const schemaFiles = ["prisma/schema.prisma", "scripts/schema.mjs", "scripts/generate.mjs"];
const generatedDirs = ["lib/db/generated/sqlite", "lib/db/generated/postgresql"];

const schemaHash = () =>
  sha256(...schemaFiles.map((f) => (fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : "")));

/** Returns true when everything is in place, false when a step failed. */
export async function ensureInstalled() {
  const wanted = packageHash();
  if (!fs.existsSync(path.join(root, "node_modules")) || readStamp("install") !== wanted) {
    const code = await step("Installing dependencies (npm install)", () => npm(["install", "--no-audit", "--no-fund"]));
    if (code !== 0) return false;
    writeStamp("install", wanted);
    // npm's postinstall (scripts/generate.mjs) has just generated the clients.
    if (generatedDirs.every((d) => fs.existsSync(path.join(root, d)))) writeStamp("schema", schemaHash());
  }
  const schema = schemaHash();
  if (generatedDirs.some((d) => !fs.existsSync(path.join(root, d))) || readStamp("schema") !== schema) {
    const code = await step("Generating the Prisma clients", () => npm(["run", "db:generate"]));
    if (code !== 0) return false;
    writeStamp("schema", schema);
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit((await ensureInstalled()) ? 0 : 1);
}
