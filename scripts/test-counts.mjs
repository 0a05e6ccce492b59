// Reads the JSON reports of Vitest and Playwright into { passed, failed, skipped } and prints
// the one closing line. CLI (used by .ci/run): node scripts/test-counts.mjs vitest|playwright FILE
// prints "PASSED FAILED SKIPPED", or exits 1 when the report is missing or unreadable.
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
  const [kind, file] = process.argv.slice(2);
  try {
    const { passed, failed, skipped } = readCounts(kind, file);
    console.log(`${passed} ${failed} ${skipped}`);
  } catch (error) {
    console.error(`Could not read the ${kind} report ${file}: ${error.message}`);
    process.exit(1);
  }
}
