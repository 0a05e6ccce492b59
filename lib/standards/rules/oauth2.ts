import { defineRule, type Finding } from "../types";
import type { Doc } from "../doc";
import { securityInForce, securitySchemes, type OperationSecurity } from "./security-common";

const saysApiKey = (s: Doc): boolean => /\bapi[ _-]?key/i.test(`${String(s.description ?? "")} ${String(s.bearerFormat ?? "")}`);

// An HTTP bearer scheme carries an OAuth 2.0 bearer token, unless its own words say the token is
// a fixed API key (GOV.UK Pay's "use an Authorization header to provide your API key").
const isOAuth = (s: Doc | undefined): boolean =>
  !!s && (s.type === "oauth2" || s.type === "openIdConnect" || (s.type === "http" && String(s.scheme).toLowerCase() === "bearer" && !saysApiKey(s)));

function kindOf(s: Doc | undefined): string {
  if (!s) return "not defined";
  if (s.type === "apiKey") return `API key in ${String(s.in)}`;
  if (s.type === "basic" || (s.type === "http" && String(s.scheme).toLowerCase() === "basic")) return "HTTP Basic";
  if (s.type === "http") return saysApiKey(s) ? `HTTP ${String(s.scheme)}, described as an API key` : `HTTP ${String(s.scheme)}`;
  return String(s.type);
}

function check(doc: Doc): Finding[] {
  const schemes = new Map(securitySchemes(doc).map((s) => [s.name, s.scheme]));
  const describe = (names: Set<string>) => [...names].map((n) => `${n} (${kindOf(schemes.get(n))})`).join(", ");
  const short = (list: OperationSecurity[]) => list.filter((s) => !s.alternatives.some((alt) => alt.some((n) => isOAuth(schemes.get(n)))));
  const failing = short(securityInForce(doc));
  const findings: Finding[] = [];
  // The document's default and the bare scheme list are one statement each, however many operations follow them.
  for (const from of ["document", "schemes"] as const) {
    const group = failing.filter((s) => s.from === from);
    if (!group.length) continue;
    const names = new Set(group.flatMap((s) => s.alternatives.flat()));
    findings.push(
      from === "document"
        ? { message: `${group.length} operation${group.length === 1 ? " follows" : "s follow"} the default security, which offers ${describe(names)}: not OAuth 2.0 or OpenID Connect.`, path: ["security"] }
        : { message: `No operation declares its security, and the schemes defined are ${describe(names)}: not OAuth 2.0 or OpenID Connect.`, path: securitySchemes(doc)[0]!.path.slice(0, -1) },
    );
  }
  for (const s of failing.filter((x) => x.from === "operation" || x.from === "parameter")) {
    const what = s.from === "operation" ? describe(new Set(s.alternatives.flat())) : s.keyParams.map((p) => `the ${String(p.in)} parameter ${String(p.name)} (an API key)`).join(", ");
    findings.push({ message: `${s.o.method.toUpperCase()} ${s.o.pathName} is authorised only by ${what}, not OAuth 2.0 or OpenID Connect.`, path: [...s.o.path, s.from === "operation" ? "security" : "parameters"] });
  }
  return findings;
}

export default defineRule(
  {
    id: "gds-oauth2",
    point: 9,
    title: "Client applications are authorised with OAuth 2.0",
    severity: "warn",
    fix: "Authorise client applications with OAuth 2.0 (or OpenID Connect for users), describe it as an oauth2 or openIdConnect security scheme, and require it in each operation's security.",
    quote: "Use OAuth2, the open authorisation framework, to authorise the client application.",
    needsWholeDocument: true,
  },
  (doc) => securityInForce(doc).length > 0,
  check,
);
