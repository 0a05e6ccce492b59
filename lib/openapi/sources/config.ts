/**
 * Everything the spec fetcher and its schedule read from the environment, in one place:
 * SPEC_FETCH_ALLOW_HTTP=1 (plain http://, development only), SPEC_FETCH_ALLOW_LIST (host names or
 * addresses exempt from the private-address check, comma separated), SPEC_REFRESH_INTERVAL_MINUTES
 * (default a day) and SPEC_REFRESH=off.
 */
import { z } from "zod";

type Env = Record<string, string | undefined>;

export interface SourceConfig {
  allowHttp: boolean;
  allowList: string[];
  /** How long after a good fetch a source is fetched again. */
  intervalMs: number;
}

const MINUTE = 60_000;
export const DEFAULT_INTERVAL_MINUTES = 1440;
/** An instance holds a source this long; longer than a fetch (30 s) and a check can take. */
export const LEASE_MS = 5 * MINUTE;
/** How often each instance looks for due sources. */
export const SCHEDULE_TICK_MS = 5 * MINUTE;
export const MAX_URL_LENGTH = 2048;

export function sourceConfig(env: Env = process.env): SourceConfig {
  const minutes = Number(env.SPEC_REFRESH_INTERVAL_MINUTES);
  return {
    allowHttp: env.SPEC_FETCH_ALLOW_HTTP === "1",
    allowList: (env.SPEC_FETCH_ALLOW_LIST ?? "").split(",").map((h) => h.trim()).filter(Boolean),
    intervalMs: (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_INTERVAL_MINUTES) * MINUTE,
  };
}

/** The schedule runs unless switched off, and never under test runners (they start no timers of ours). */
export function scheduleEnabled(env: Env = process.env): boolean {
  return env.SPEC_REFRESH !== "off" && env.NODE_ENV !== "test" && !env.VITEST;
}

/**
 * After a failed fetch, wait as long as the source has been failing (so waits roughly double),
 * at least 15 minutes (or the interval, if shorter) and at most a week or the interval if longer.
 */
export function retryDelayMs(intervalMs: number, failingForMs: number): number {
  const least = Math.min(intervalMs, 15 * MINUTE);
  const most = Math.max(intervalMs, 7 * 24 * 60 * MINUTE);
  return Math.min(most, Math.max(least, failingForMs));
}

/** The web address a publisher gives for a spec: https: (or http: when allowed), well formed, no credentials. */
export function specUrlSchema(config: Pick<SourceConfig, "allowHttp">) {
  const example = "like https://api.example.gov.uk/openapi.yaml";
  return z
    .string()
    .trim()
    .min(1, "Enter the web address of the OpenAPI description")
    .max(MAX_URL_LENGTH, `The web address must be ${MAX_URL_LENGTH} characters or fewer`)
    .superRefine((value, ctx) => {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (scheme !== "https" && !(scheme === "http" && config.allowHttp)) {
        const message = scheme === "http" ? "Enter a web address that starts with https://, not http://" : `Enter a web address that starts with https://, ${example}`;
        return void ctx.addIssue({ code: "custom", message });
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return void ctx.addIssue({ code: "custom", message: `Enter a web address in the correct format, ${example}` });
      }
      if (!url.hostname) ctx.addIssue({ code: "custom", message: `Enter a web address in the correct format, ${example}` });
      else if (url.username || url.password) ctx.addIssue({ code: "custom", message: "Enter a web address without a user name or password in it" });
    });
}
