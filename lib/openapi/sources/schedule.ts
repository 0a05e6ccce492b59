import type { Db } from "@/lib/db";
import { SCHEDULE_TICK_MS, scheduleEnabled } from "./config";
import { refreshDueSources } from "./refresh";

/**
 * Every few minutes, refresh the sources that are due. Each app instance runs its own timer;
 * the lease in the database (see refreshSource) is what stops two fetching the same source. The
 * timer is unref'd so it never keeps a process alive. Returns null when switched off.
 */
export function startRefreshSchedule(db: () => Db, env: Record<string, string | undefined> = process.env): NodeJS.Timeout | null {
  if (!scheduleEnabled(env)) return null;
  const timer = setInterval(() => {
    refreshDueSources(db()).catch((error) => console.error("The scheduled spec refresh failed", error));
  }, SCHEDULE_TICK_MS);
  timer.unref();
  return timer;
}
