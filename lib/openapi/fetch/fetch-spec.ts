/**
 * fetchSpec: re-fetch a URL-sourced spec safely (issue 4, item 6). HTTPS only, every hop's
 * address vetted and pinned (see vet.ts, request.ts), redirects followed by hand so each is
 * re-vetted, a byte limit and one overall deadline, and conditional requests so an unchanged
 * document costs a 304.
 */
import type { ClientRequest, IncomingMessage } from "node:http";
import { megabytes } from "../size";
import { get } from "./request";
import { vetUrl, type Lookup } from "./vet";

export interface FetchSpecOptions {
  /** ETag from the previous fetch, sent as If-None-Match. */
  etag?: string;
  /** Last-Modified from the previous fetch, sent as If-Modified-Since. */
  lastModified?: string;
  /** Allow plain http:// (development only). */
  allowHttp?: boolean;
  /** Host names or IP addresses exempt from the private-address check. */
  allowList?: readonly string[];
  /** Default 20 MB, the same as the ingest limit. */
  maxBytes?: number;
  /** Total time for all redirects and the body; default 30 s. */
  timeoutMs?: number;
  maxRedirects?: number;
  lookup?: Lookup;
}

export type FetchSpecResult =
  | { status: "changed"; body: Buffer; etag?: string; lastModified?: string; finalUrl: string }
  | { status: "not-modified" }
  | { status: "unreachable"; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const unreachable = (reason: string): FetchSpecResult => ({ status: "unreachable", reason });

function describeError(e: unknown): string {
  const code = (e as { code?: string }).code ?? "";
  if (code === "ECONNREFUSED") return "The server refused the connection";
  if (code === "ECONNRESET") return "The server closed the connection unexpectedly";
  if (code === "ETIMEDOUT") return "The connection to the server timed out";
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return `The server's HTTPS certificate could not be trusted (${code})`;
  return `The server could not be reached${code ? ` (${code})` : ""}`;
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer | { reason: string }> {
  const tooBig = { reason: `The document is larger than the ${megabytes(maxBytes)} limit, so it was not downloaded` };
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.resolve(tooBig);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    res.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        res.destroy(); // stop reading at once rather than buffering the rest
        resolve(tooBig);
      } else chunks.push(chunk);
    });
    res.on("end", () => resolve(Buffer.concat(chunks)));
    res.on("error", (e) => resolve({ reason: describeError(e) }));
    res.on("close", () => {
      if (!res.complete) resolve({ reason: "The server closed the connection before sending the whole document" });
    });
  });
}

interface Hooks {
  track: (r: ClientRequest) => void;
  /** True once fetchSpec has answered (the deadline passed): start no new connection. */
  finished: () => boolean;
}

async function run(start: string, opts: FetchSpecOptions, hooks: Hooks): Promise<FetchSpecResult> {
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    return unreachable("The address is not a valid URL");
  }
  const maxRedirects = opts.maxRedirects ?? 5;
  const headers: Record<string, string> = {
    "user-agent": "API-Catalogue-spec-fetcher",
    accept: "application/json, application/yaml, application/x-yaml, text/yaml, text/plain;q=0.8, */*;q=0.5",
    // We do not decompress, so the size limit is always on the real document.
    "accept-encoding": "identity",
  };
  if (opts.etag) headers["if-none-match"] = opts.etag;
  if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;

  for (let hop = 0; ; hop++) {
    const vetted = await vetUrl(url, opts);
    if (!vetted.ok) return unreachable(hop === 0 ? vetted.reason : `A redirect led to ${url.origin}: ${vetted.reason}`);
    if (hooks.finished()) return unreachable("Cancelled");
    let res: IncomingMessage;
    try {
      res = await get(url, vetted.host, vetted.address, vetted.family, headers, hooks.track);
    } catch (e) {
      return unreachable(describeError(e));
    }
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      res.destroy();
      const location = res.headers.location;
      if (!location) return unreachable(`The server answered ${status} (redirect) without saying where to`);
      if (hop >= maxRedirects) return unreachable(`The address redirected more than ${maxRedirects} times`);
      try {
        url = new URL(location, url);
      } catch {
        return unreachable("The server redirected to an invalid address");
      }
      continue;
    }
    if (status === 304) {
      res.destroy();
      return { status: "not-modified" };
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      return unreachable(`The server answered with HTTP status ${status}`);
    }
    const encoding = res.headers["content-encoding"];
    if (encoding && encoding !== "identity") {
      res.destroy();
      return unreachable(`The server sent a compressed (${encoding}) response although none was asked for`);
    }
    const body = await readBody(res, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!Buffer.isBuffer(body)) return unreachable(body.reason);
    const etag = res.headers.etag;
    const lastModified = res.headers["last-modified"];
    return {
      status: "changed",
      body,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      finalUrl: url.href,
    };
  }
}

export async function fetchSpec(url: string, opts: FetchSpecOptions = {}): Promise<FetchSpecResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let active: ClientRequest | undefined;
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  // Once we have answered (e.g. a DNS lookup outlived the deadline) nothing new may start.
  const hooks: Hooks = { track: (r) => (active = r), finished: () => finished };
  // One deadline for the whole exchange, so a server trickling bytes or chaining redirects
  // cannot hold a worker longer than timeoutMs.
  const deadline = new Promise<FetchSpecResult>((resolve) => {
    timer = setTimeout(() => {
      active?.destroy();
      resolve(unreachable(`The server did not send the document within ${Math.round(timeoutMs / 100) / 10} seconds`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(url, opts, hooks), deadline]);
  } finally {
    finished = true;
    clearTimeout(timer);
    active?.destroy();
  }
}
