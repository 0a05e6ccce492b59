import http from "node:http";
import type { AddressInfo } from "node:net";
import { appendSocketAddresses } from "./client-address";

export type TestServer = { port: number; close(): Promise<void> };

/**
 * A real HTTP server on 127.0.0.1 with socket addresses appended as instrumentation.ts does,
 * handing each request to `handle` as the Web Request a route handler gets.
 */
export async function startServer(handle: (request: Request) => Promise<{ status: number; body: string }>): Promise<TestServer> {
  appendSocketAddresses();
  const server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    void handle(new Request(`http://app${req.url}`, { method: req.method, headers })).then(({ status, body }) => res.writeHead(status).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A request from a chosen loopback address (any 127.x.x.x reaches a server on 127.0.0.1), with
 * whatever X-Forwarded-For a client cares to send.
 */
export function send(server: TestServer, { from = "127.0.0.1", forwardedFor, path = "/" }: { from?: string; forwardedFor?: string; path?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = forwardedFor === undefined ? {} : { "X-Forwarded-For": forwardedFor };
    const req = http.request({ host: "127.0.0.1", port: server.port, path, method: "POST", localAddress: from, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}
