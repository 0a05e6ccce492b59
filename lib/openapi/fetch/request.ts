/**
 * One HTTP(S) GET to an already-vetted address. The name stays in the URL (so the Host header and
 * TLS SNI/certificate check use it) while the socket goes to the pinned address: our `lookup`
 * hook answers with that address instead of asking DNS again.
 */
import * as http from "node:http";
import * as https from "node:https";
import { isIP, type LookupFunction } from "node:net";

export function pinnedLookup(address: string, family: number): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

export function get(
  url: URL,
  host: string,
  address: string,
  family: number,
  headers: Record<string, string>,
  onRequest: (req: http.ClientRequest) => void,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === "https:";
    const options: https.RequestOptions = {
      protocol: url.protocol,
      hostname: host,
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: "GET",
      headers,
      lookup: pinnedLookup(address, family),
      agent: false, // no pooled sockets: a reused socket could belong to another (unvetted) name
    };
    if (secure && !isIP(host)) options.servername = host;
    const req = (secure ? https : http).request(options, resolve);
    req.on("error", reject);
    onRequest(req);
    req.end();
  });
}
