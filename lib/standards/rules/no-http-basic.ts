import { defineRule, type Finding } from "../types";
import type { Doc } from "../doc";
import { securitySchemes, usesSecurity } from "./security-common";

// Basic sends a long-lived password with every request; tokens can be narrowed and reissued.
function check(doc: Doc): Finding[] {
  return securitySchemes(doc)
    .filter((s) => s.scheme.type === "basic" || (s.scheme.type === "http" && String(s.scheme.scheme).toLowerCase() === "basic"))
    .map((s) => ({ message: `Security scheme "${s.name}" uses HTTP Basic authentication.`, path: s.path }));
}

export default defineRule(
  {
    id: "gds-no-http-basic",
    point: [9, 10],
    title: "No HTTP Basic authentication",
    severity: "error",
    fix: "Replace HTTP Basic with OAuth 2.0 tokens that have narrow permissions and can be refreshed and reissued.",
    quote: "Make sure your organisation can force a reissue of a token if there is a reason to suspect it has been compromised.",
  },
  usesSecurity,
  check,
);
