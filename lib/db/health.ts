import type { Db } from "./index";

/** How long a readiness check waits for the database before calling it down. */
export const READY_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers a trivial query in time. A load balancer polls this often, so it
 * asks nothing of the data; a hung connection counts as down rather than keeping it waiting.
 */
export async function databaseAnswers(db: Db, timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Health answers are about this moment: never kept by a browser or a cache in between. */
export function healthResponse(status: 200 | 503, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
