import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";

vi.mock("./refresh", () => ({ refreshDueSources: vi.fn(async () => []) }));
const { refreshDueSources } = await import("./refresh");
const { startRefreshSchedule } = await import("./schedule");
const { SCHEDULE_TICK_MS } = await import("./config");

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(refreshDueSources).mockClear();
});

describe("the refresh schedule", () => {
  it("refreshes the due sources every few minutes, on a timer that does not keep the process alive", async () => {
    vi.useFakeTimers();
    const db = {} as Db;
    const timer = startRefreshSchedule(() => db, {});
    expect(timer).not.toBeNull();
    expect(timer!.hasRef()).toBe(false);
    expect(refreshDueSources).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * SCHEDULE_TICK_MS);
    expect(refreshDueSources).toHaveBeenCalledTimes(2);
    expect(vi.mocked(refreshDueSources).mock.calls[0]![0]).toBe(db);
    clearInterval(timer!);
  });

  it("does not start when switched off or under test", () => {
    expect(startRefreshSchedule(() => ({}) as Db, { SPEC_REFRESH: "off" })).toBeNull();
    expect(startRefreshSchedule(() => ({}) as Db)).toBeNull();
  });
});
