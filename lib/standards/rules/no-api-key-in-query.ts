import { defineRule, type Finding } from "../types";
import type { Doc } from "../doc";
import { securitySchemes, usesSecurity } from "./security-common";

// A key in the query string ends up in logs, browser history and Referer headers.
function check(doc: Doc): Finding[] {
  return securitySchemes(doc)
    .filter((s) => s.scheme.type === "apiKey" && s.scheme.in === "query")
    .map((s) => ({ message: `Security scheme "${s.name}" sends an API key in the query string.`, path: [...s.path, "in"] }));
}

export default defineRule(
  {
    id: "gds-no-api-key-in-query",
    point: [9, 10],
    title: "No API keys in query strings",
    severity: "error",
    fix: "Send credentials in the Authorization header (an OAuth 2.0 bearer token), never as a URL query parameter.",
    quote: "This service gives each registered application an OAuth2 Bearer Token, which can be used to make API requests on the application’s own behalf",
  },
  usesSecurity,
  check,
);
