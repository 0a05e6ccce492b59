import { describe, expect, it } from "vitest";
import { addCounts, formatCounts, playwrightCounts, vitestCounts } from "./test-counts.mjs";

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
});
