/**
 * How long comparing two revisions takes on the GitHub REST spec (13 MB, 800+ paths): what
 * storing a new checked revision adds (parse the previous bundle and the new one, diff), and
 * the live comparison on the compare page — on one thread, and as the server runs it for
 * documents this large (diffBundled: in a worker thread, while the server's own thread stays
 * free). Run: npx tsx bench/revision-diff.ts
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { diffBundled } from "@/lib/openapi/compare";
import { diffSpecs } from "@/lib/openapi/diff";

const ROUNDS = 5;
const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
const older = fs.readFileSync(file, "utf8");

// A changed copy: one path removed, one new required parameter, one new path.
const doc = JSON.parse(older);
const paths = Object.keys(doc.paths);
delete doc.paths[paths[10]!];
const operation = Object.values(doc.paths[paths[20]!] as Record<string, { parameters?: unknown[] }>).find((o) => typeof o === "object" && "responses" in o)!;
operation.parameters = [...(operation.parameters ?? []), { name: "extra", in: "query", required: true, schema: { type: "string" } }];
doc.paths["/bench/new"] = { get: { responses: { "200": { description: "OK" } } } };
const newer = JSON.stringify(doc);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const parse: number[] = [];
const diff: number[] = [];
let changes = 0;
let breaking = 0;
for (let i = 0; i < ROUNDS; i++) {
  let t = performance.now();
  const a = JSON.parse(older);
  const b = JSON.parse(newer);
  parse.push(performance.now() - t);
  t = performance.now();
  const found = diffSpecs(a, b);
  diff.push(performance.now() - t);
  changes = found.length;
  breaking = found.filter((c) => c.breaking).length;
}
console.log(`GitHub REST spec, ${(older.length / 1e6).toFixed(1)} MB, ${paths.length} paths; median of ${ROUNDS}`);
console.log(`parse both bundles: ${median(parse).toFixed(0)} ms`);
console.log(`diffSpecs:          ${median(diff).toFixed(0)} ms (${changes} changes, ${breaking} breaking)`);
console.log(`total:              ${(median(parse) + median(diff)).toFixed(0)} ms`);

// As the server runs it: in a worker (started and loaded between rounds, as the server keeps its
// next worker ready), timing the whole round trip; and how long this thread was kept busy.
async function inWorkerRounds() {
  const times: number[] = [];
  const pauses: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await new Promise((r) => setTimeout(r, 3000));
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const t = performance.now();
    await diffBundled(older, newer);
    times.push(performance.now() - t);
    clearInterval(ticker);
    pauses.push(longest);
  }
  console.log(`in a worker:        ${median(times).toFixed(0)} ms, this thread's longest pause ${median(pauses).toFixed(0)} ms`);
}

inWorkerRounds().then(() => process.exit(0));
