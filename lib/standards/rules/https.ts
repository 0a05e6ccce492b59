import { defineRule, isObj, type Finding } from "../types";
import { isSwagger2, type Doc } from "../doc";

// Local development servers (http://localhost) are not published endpoints, so they are allowed.
const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i;

function check(doc: Doc): Finding[] {
  if (isSwagger2(doc)) {
    const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
    return schemes.flatMap((s, i) =>
      s === "https" ? [] : [{ message: `Scheme "${String(s)}" is not HTTPS.`, path: ["schemes", i] }],
    );
  }
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  return servers.flatMap((s, i) => {
    const url = isObj(s) && typeof s.url === "string" ? s.url : "";
    return /^http:/i.test(url) && !LOCAL.test(url)
      ? [{ message: `Server URL "${url}" does not use HTTPS.`, path: ["servers", i, "url"] }]
      : [];
  });
}

export default defineRule(
  {
    id: "gds-https",
    point: 3,
    title: "Servers use HTTPS",
    severity: "error",
    fix: "Serve the API over HTTPS only and list only https:// server URLs (or `schemes: [https]` in Swagger 2.0).",
    quote: "You should use HTTPS when creating APIs.",
  },
  // Applies when the spec says where it is served: absolute server URLs or Swagger schemes.
  (doc) =>
    isSwagger2(doc)
      ? Array.isArray(doc.schemes) && doc.schemes.length > 0
      : Array.isArray(doc.servers) && doc.servers.some((s) => isObj(s) && typeof s.url === "string" && /^[a-z]+:/i.test(s.url)),
  check,
);
