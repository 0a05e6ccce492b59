import { defineRule, isObj, type Finding } from "../types";
import { isSwagger2, type Doc } from "../doc";

const LOCAL = /^[a-z]+:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i;
const SECURE = new Set(["https", "wss"]);
const schemeOf = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();

/** A server URL with its variables filled in, once for each value they allow (a few dozen at most). */
export function expandServerUrl(server: Doc): string[] {
  const url = typeof server.url === "string" ? server.url : "";
  const vars = isObj(server.variables) ? server.variables : {};
  let urls = [url];
  for (const [name, v] of Object.entries(vars)) {
    if (!isObj(v)) continue;
    const values = Array.isArray(v.enum) && v.enum.length ? v.enum.map(String) : v.default !== undefined ? [String(v.default)] : [];
    if (!values.length) continue;
    urls = urls.flatMap((u) => (u.includes(`{${name}}`) ? values.map((x) => u.split(`{${name}}`).join(x)) : [u])).slice(0, 50);
  }
  return urls;
}

/** Every absolute server URL (3.x), variables filled in, with where it is written. */
function absoluteServers(doc: Doc): { url: string; path: (string | number)[] }[] {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  return servers.flatMap((s, i) => (isObj(s) ? expandServerUrl(s).filter((u) => schemeOf(u)).map((url) => ({ url, path: ["servers", i, "url"] })) : []));
}

function check(doc: Doc): Finding[] {
  if (isSwagger2(doc)) {
    const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
    return schemes.flatMap((s, i) => (SECURE.has(String(s).toLowerCase()) ? [] : [{ message: `Scheme "${String(s)}" is not HTTPS.`, path: ["schemes", i] }]));
  }
  const servers = absoluteServers(doc);
  // Local development servers (http://localhost) are fine beside a published address, but not instead of one.
  const published = servers.filter((s) => !LOCAL.test(s.url));
  if (published.length === 0) return [{ message: `The only server is a local development address (${servers[0]!.url}): list the published https:// address.`, path: servers[0]!.path }];
  return published.filter((s) => !SECURE.has(schemeOf(s.url)!)).map((s) => ({ message: `Server URL "${s.url}" does not use HTTPS.`, path: s.path }));
}

export default defineRule(
  {
    id: "gds-https",
    point: 3,
    title: "Servers use HTTPS",
    severity: "warn",
    fix: "Serve the API over HTTPS only and list only https:// (or wss://) server URLs, or `schemes: [https]` in Swagger 2.0.",
    quote: "You should use HTTPS when creating APIs.",
    needsWholeDocument: false,
  },
  // Applies when the spec says where it is served: absolute server URLs or Swagger schemes.
  (doc) => (isSwagger2(doc) ? Array.isArray(doc.schemes) && doc.schemes.length > 0 : absoluteServers(doc).length > 0),
  check,
);
