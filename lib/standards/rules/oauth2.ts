import { defineRule, type Finding } from "../types";
import type { Doc } from "../doc";
import { securitySchemes, usesSecurity } from "./security-common";

// An HTTP bearer scheme carries an OAuth 2.0 bearer token, so it counts alongside oauth2/OIDC.
const isOAuth = (s: Record<string, unknown>): boolean =>
  s.type === "oauth2" || s.type === "openIdConnect" || (s.type === "http" && String(s.scheme).toLowerCase() === "bearer");

function check(doc: Doc): Finding[] {
  const schemes = securitySchemes(doc);
  if (schemes.some((s) => isOAuth(s.scheme))) return [];
  if (schemes.length === 0) return [{ message: "Operations require security but no security scheme is defined.", path: ["security"] }];
  return [{ message: `No OAuth 2.0 or OpenID Connect scheme (found: ${schemes.map((s) => `${s.name} (${String(s.scheme.type)})`).join(", ")}).`, path: schemes[0]!.path }];
}

export default defineRule(
  {
    id: "gds-oauth2",
    point: [8, 9],
    title: "Authorisation uses OAuth 2.0 or OpenID Connect",
    severity: "error",
    fix: "Authorise client applications with OAuth 2.0 bearer tokens (or OpenID Connect for users) and describe it as an oauth2 or openIdConnect security scheme.",
    quote: "Use OAuth2, the open authorisation framework, to authorise the client application.",
  },
  usesSecurity,
  check,
);
