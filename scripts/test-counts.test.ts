import { describe, expect, it } from "vitest";
import { addCounts, formatCounts, playwrightCounts, playwrightFailures, vitestCounts, vitestFailures } from "./test-counts.mjs";

describe("the closing line of npm test", () => {
  it("counts a Vitest file that failed to load as a failure", () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [
        { status: "failed", assertionResults: [{ status: "failed" }, { status: "passed" }] },
        { status: "failed", assertionResults: [] },
        { status: "passed", assertionResults: [{ status: "passed" }] },
      ],
    };
    expect(vitestCounts(report)).toEqual({ passed: 3, failed: 2, skipped: 2 });
  });

  it("counts Playwright's flaky tests as passed and its global errors as failures", () => {
    const report = { stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 }, errors: [{ message: "webServer exited" }] };
    expect(playwrightCounts(report)).toEqual({ passed: 5, failed: 2, skipped: 2 });
  });

  it("adds both and prints skipped only when there are some", () => {
    const total = addCounts({ passed: 2, failed: 0, skipped: 0 }, { passed: 3, failed: 1, skipped: 0 });
    expect(formatCounts(total)).toBe("5 passed, 1 failed");
    expect(formatCounts({ ...total, skipped: 2 })).toBe("5 passed, 1 failed, 2 skipped");
  });

  it("names each failed test with the first line of its error, so a log's tail says what failed", () => {
    const vitest = {
      testResults: [
        {
          name: "/check/work/main/lib/openapi/worker.test.ts",
          status: "failed",
          assertionResults: [
            { status: "passed", fullName: "fine" },
            { status: "failed", fullName: "checking › keeps the thread free", failureMessages: ["\nAssertionError: expected 612 to be less than 500\n    at x"] },
          ],
        },
        { name: "/check/work/main/lib/db/broken.test.ts", status: "failed", message: "Cannot find module 'x'\nstack", assertionResults: [] },
        { name: "/check/work/main/lib/ok.test.ts", status: "passed", assertionResults: [{ status: "passed" }] },
      ],
    };
    expect(vitestFailures(vitest)).toEqual([
      "lib/openapi/worker.test.ts › checking › keeps the thread free: AssertionError: expected 612 to be less than 500",
      "lib/db/broken.test.ts: Cannot find module 'x'",
    ]);
    const playwright = {
      suites: [
        {
          specs: [{ file: "search.spec.ts", title: "top", tests: [{ status: "expected" }] }],
          suites: [
            {
              specs: [
                { file: "search.spec.ts", title: "finds vehicle", tests: [{ status: "unexpected", results: [{ error: { message: "Timed out\nmore" } }] }] },
                { file: "search.spec.ts", title: "retried", tests: [{ status: "flaky", results: [] }] },
              ],
            },
          ],
        },
      ],
      errors: [{ message: "webServer exited early" }],
    };
    expect(playwrightFailures(playwright)).toEqual(["search.spec.ts › finds vehicle: Timed out", "Playwright: webServer exited early"]);
  });
});
