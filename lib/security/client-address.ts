import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { Env } from "@/lib/auth/config";

/** Marks a request whose socket address was appended, with a value only this process knows. */
const APPENDED = "x-catalogue-socket-appended";
const KEY = Symbol.for("api-catalogue.socket-addresses");
const state = globalThis as { [KEY]?: { token: string } };

/**
 * Appends every request's socket address to its X-Forwarded-For, as each proxy in front does,
 * before Next sees the request (Node publishes this channel just before the server's "request"
 * event). Next itself passes a client's own X-Forwarded-For through untouched and only fills it
 * in when it is missing (base-server.js: `headers['x-forwarded-for'] ??= socket.remoteAddress`),
 * so without this every entry could be the client's invention. Called once, by instrumentation.ts.
 */
export function appendSocketAddresses(): void {
  if (state[KEY]) return;
  const token = randomBytes(16).toString("hex");
  state[KEY] = { token };
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const address = socket.remoteAddress ?? "unknown";
    const chain = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = chain ? `${chain}, ${address}` : address;
    request.headers[APPENDED] = token;
  });
}

/** TRUSTED_PROXY_HOPS: how many proxies of ours stand between clients and this server (0, the default: none). */
export function trustedProxyHops(env: Env = process.env): number {
  const n = Number(env.TRUSTED_PROXY_HOPS);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * The client's address. X-Forwarded-For ends with the address this server was reached from (see
 * appendSocketAddresses) and each trusted proxy appended the one it was reached from, so the
 * client is the (hops + 1)-th entry from the right; anything to its left was sent by the client
 * and counts for nothing. A chain shorter than that gives its leftmost entry.
 *
 * A request that reached the server before appendSocketAddresses ran (the first moments of a
 * start) has no socket address in its chain: it is "unknown" rather than whatever it claims.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  const token = state[KEY]?.token;
  if (!token || headers.get(APPENDED) !== token) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = chain[Math.max(0, chain.length - 1 - hops)];
  if (!address) return "unknown";
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}
