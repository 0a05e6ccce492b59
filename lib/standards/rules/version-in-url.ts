import { defineRule, isObj, type Finding } from "../types";
import { isSwagger2, type Doc } from "../doc";

const VERSION = /\/v\d+(\/|$|\.)/i;

// Passes when the base URL (servers / basePath) or every path carries a /vN/ segment.
function check(doc: Doc): Finding[] {
  const bases = isSwagger2(doc)
    ? [typeof doc.basePath === "string" ? doc.basePath : ""]
    : (Array.isArray(doc.servers) ? doc.servers : []).map((s) => (isObj(s) && typeof s.url === "string" ? s.url : ""));
  if (bases.some((b) => VERSION.test(b))) return [];
  const paths = Object.keys(isObj(doc.paths) ? doc.paths : {});
  if (paths.length > 0 && paths.every((p) => VERSION.test(p))) return [];
  const where = isSwagger2(doc) ? (doc.basePath !== undefined ? ["basePath"] : ["paths"]) : Array.isArray(doc.servers) && doc.servers.length ? ["servers"] : ["paths"];
  return [{ message: "No version number such as /v1/ in the server URL, base path or paths.", path: where }];
}

export default defineRule(
  {
    id: "gds-version-in-url",
    point: [14, 15],
    title: "A version number is part of the URL",
    severity: "warn",
    fix: "Put a whole-number major version in the URL, starting with /v1/ (for example https://api.example.gov.uk/v1/...).",
    quote: "incrementing a version number in the URL (start with /v1/ and increment with whole numbers)",
    needsWholeDocument: false,
  },
  (doc) => isObj(doc.paths) && Object.keys(doc.paths).length > 0,
  check,
);
