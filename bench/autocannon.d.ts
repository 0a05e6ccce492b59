// autocannon ships no types and @types/autocannon is not a dependency: just what bench/ uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = { method?: string; path?: string; headers?: Record<string, string> };
  export type Client = EventEmitter;
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: (Request & {
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    })[];
    setupClient?: (client: Client) => void;
  };
  export type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; total: number; min: number; max: number };
  export type Result = {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): EventEmitter & { stop(): void };
  export default autocannon;
}
