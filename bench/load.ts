// The load both bench/search.ts and bench/api.ts put on the server: autocannon, each request
// taking the next path of a list, timed by us (autocannon reports no p95 and cannot say which URL failed).
import autocannon, { type Result } from "autocannon";

export type Run = { ms: number[]; seconds: number; requests: number; non2xx: number; errors: number; timeouts: number; failedPaths: Record<string, number> };
export const emptyRun = (): Run => ({ ms: [], seconds: 0, requests: 0, non2xx: 0, errors: 0, timeouts: 0, failedPaths: {} });
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]! : NaN);

/** One autocannon run from `start` in the list, each request with `headers`; returns where it got to, so a later run can carry on. */
export async function measure(base: string, paths: string[], seconds: number, connections: number, into: Run, start = 0, headers: Record<string, string> = {}): Promise<number> {
  let next = start;
  const result = await new Promise<Result>((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            // setupRequest runs just before the request is written, onResponse when it completes.
            setupRequest: (request, context) => {
              const p = paths[next++ % paths.length]!;
              Object.assign(context, { path: p, start: performance.now() });
              return { ...request, path: p, headers: { ...request.headers, ...headers } };
            },
            onResponse: (status, _body, context) => {
              into.ms.push(performance.now() - (context.start as number));
              const p = context.path as string;
              if (status < 200 || status > 299) into.failedPaths[p] = (into.failedPaths[p] ?? 0) + 1;
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
  into.seconds += result.duration;
  into.requests += result.requests.total;
  into.non2xx += result.non2xx;
  into.errors += result.errors;
  into.timeouts += result.timeouts;
  return next;
}
