import { createHash } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { SourceConfig } from "./config";

export const specText = (title: string, paths = "{}") => `openapi: 3.0.3\ninfo: { title: ${title}, version: "1.0" }\nservers: [{ url: "https://api.example.gov.uk/v1" }]\npaths: ${paths}\n`;

/** What tests fetch from: plain HTTP on 127.0.0.1, allowed only because these say so. */
export const LOCAL: SourceConfig = { allowHttp: true, allowList: ["127.0.0.1"], intervalMs: 24 * 60 * 60_000 };

/**
 * A local server publishing one spec at /openapi.yaml, with an ETag from its text: it answers
 * 304 to a matching If-None-Match. Tests change `document`, `status` or `etag`, and count `requests`.
 */
export async function specServer(document: string) {
  const state = { document, status: 200, etag: undefined as string | undefined, requests: 0, conditional: 0, delayMs: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (req.headers["if-none-match"]) state.conditional++;
    const etag = state.etag ?? `"${createHash("sha256").update(state.document).digest("hex").slice(0, 16)}"`;
    setTimeout(() => {
      if (state.status !== 200) return void res.writeHead(state.status).end();
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/yaml", etag }).end(state.document);
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.yaml`;
  return {
    state,
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
