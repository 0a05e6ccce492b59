// Reads the JSON reports of Vitest and Playwright into { passed, failed, skipped } and prints
// the one closing line. CLI (used by .ci/run): node scripts/test-counts.mjs vitest|playwright FILE
// prints "PASSED FAILED SKIPPED", or exits 1 when the report is missing or unreadable; with
// --failures after FILE it prints a "Failed: …" line for each failed test instead.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

/** Vitest's json reporter. A test file that failed outside any test (it did not load, or a
 * hook threw) counts as one failure, so a broken file can never read as a pass. */
export function vitestCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's json reporter. A flaky test passed on retry; an error outside the tests
 * (the web server did not start, a global setup threw) counts as a failure. */
export function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

export function readCounts(kind, file) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return kind === "playwright" ? playwrightCounts(report) : vitestCounts(report);
}

const firstLine = (message) => String(message ?? "").split("\n").find((line) => line.trim()) ?? "";
const relative = (file) => String(file ?? "").replace(/^.*?\/(?=(lib|app|components|scripts|e2e|bench)\/)/, "");

/** Each failed test as "file › name: the first line of its error", so that the tail of a long
 * log (often all a CI service keeps) says what failed. */
export function vitestFailures(report) {
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    if (file.status === "failed" && !failed.length) return [`${relative(file.name)}: ${firstLine(file.message)}`];
    return failed.map((t) => `${relative(file.name)} › ${t.fullName ?? t.title}: ${firstLine(t.failureMessages?.[0])}`);
  });
}

export function playwrightFailures(report) {
  const specs = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)];
  const failures = (report.suites ?? []).flatMap(specs).flatMap((spec) =>
    (spec.tests ?? [])
      .filter((t) => t.status === "unexpected")
      .map((t) => `${spec.file} › ${spec.title}: ${firstLine(t.results?.at(-1)?.error?.message)}`),
  );
  return [...failures, ...(report.errors ?? []).map((e) => `Playwright: ${firstLine(e.message)}`)];
}

export function readFailures(kind, file) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return kind === "playwright" ? playwrightFailures(report) : vitestFailures(report);
}

export function addCounts(...all) {
  return all.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
}

/** The closing line: "N passed, N failed", with ", N skipped" when some were. */
export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [kind, file, what] = process.argv.slice(2);
  try {
    if (what === "--failures") {
      for (const line of readFailures(kind, file)) console.log(`Failed: ${line}`);
      process.exit(0);
    }
    const { passed, failed, skipped } = readCounts(kind, file);
    console.log(`${passed} ${failed} ${skipped}`);
  } catch (error) {
    console.error(`Could not read the ${kind} report ${file}: ${error.message}`);
    process.exit(1);
  }
}
