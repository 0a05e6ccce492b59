// `npm run bench:bulk [-- --engine postgresql --apis 10000 --runs 5]`: how long does the whole
// catalogue take to download as CSV? Seeds a throwaway database with 10,000 synthetic APIs, serves
// the production build on it and, as a signed-out visitor, downloads /data/apis.csv (and
// /data/apis.json beside it) several times, timing each to its last byte.
import { parse } from "csv-parse/sync";
import { parseArgs } from "node:util";
import { createDb, type Engine } from "../lib/db/index";
import { buildIfChanged, cleanUp, createDatabase, startServer } from "./harness";
import { seed } from "./seed";
import { download, median, type Timing } from "./download";

/** The full CSV streamed in under a second. */
const TARGET_MS = 1000;
const { values: opts } = parseArgs({ options: { engine: { type: "string", default: "sqlite" }, apis: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } } });
const engine = opts.engine as Engine;
if (engine !== "sqlite" && engine !== "postgresql") throw new Error("--engine must be sqlite or postgresql");
const [apiCount, runs] = [Number(opts.apis), Number(opts.runs)];

async function main() {
  await buildIfChanged();
  console.log(`Seeding ${apiCount.toLocaleString("en-GB")} synthetic APIs into a throwaway ${engine} database…`);
  const url = await createDatabase(engine);
  const db = createDb(url);
  const seeded = await seed(db, { apis: apiCount }).finally(() => db.$disconnect());
  const base = await startServer(url);

  const results: Record<string, Timing[]> = { "apis.csv": [], "apis.json": [] };
  for (const file of Object.keys(results)) await download(`${base}/data/${file}`); // warm-up: the route's first compile and the database's caches
  for (let i = 0; i < runs; i++) for (const file of Object.keys(results)) results[file]!.push(await download(`${base}/data/${file}`));
  await cleanUp();

  const csv = results["apis.csv"]!;
  const rows = parse(csv[0]!.text, { columns: true }).length;
  const items = JSON.parse(results["apis.json"]![0]!.text).apis.length;
  if (rows !== seeded.public || items !== seeded.public) throw new Error(`Expected ${seeded.public} public APIs in each file, got ${rows} CSV rows and ${items} JSON items`);
  console.log(`\n${engine}, ${seeded.apis.toLocaleString("en-GB")} APIs of which ${seeded.public.toLocaleString("en-GB")} public (what a signed-out visitor downloads), ${runs} runs each:`);
  for (const [file, timings] of Object.entries(results)) {
    const mb = (timings[0]!.bytes / 1e6).toFixed(1);
    console.log(`  ${file.padEnd(10)} ${mb} MB  first byte ${median(timings.map((t) => t.first)).toFixed(0)} ms  whole file median ${median(timings.map((t) => t.last)).toFixed(0)} ms, slowest ${Math.max(...timings.map((t) => t.last)).toFixed(0)} ms`);
  }
  const whole = median(csv.map((t) => t.last));
  console.log(`\nFull CSV streamed in ${whole.toFixed(0)} ms (median; target < ${TARGET_MS} ms): ${whole < TARGET_MS ? "PASS" : "FAIL"}`);
  if (whole >= TARGET_MS) process.exitCode = 1;
}

main().catch(async (error) => {
  await cleanUp();
  console.error(error);
  process.exit(1);
});
