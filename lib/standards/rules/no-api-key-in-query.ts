import { defineRule, type Finding } from "../types";
import { allParameters, perDocument, type Doc } from "../doc";
import { isCredentialName, securityInForce, securitySchemes } from "./security-common";

// A key in the query string ends up in logs, browser history and Referer headers.
const inQuery = perDocument((doc: Doc): Finding[] => [
  ...securitySchemes(doc)
    .filter((s) => s.scheme.type === "apiKey" && s.scheme.in === "query")
    .map((s) => ({ message: `Security scheme "${s.name}" sends an API key in the query string (${String(s.scheme.name)}).`, path: [...s.path, "in"] })),
  ...allParameters(doc)
    .filter(({ node }) => node.in === "query" && isCredentialName(node.name))
    .map(({ node, path }) => ({ message: `The query parameter "${String(node.name)}" sends a credential in the URL.`, path: [...path, "name"] })),
]);

export default defineRule(
  {
    id: "gds-no-api-key-in-query",
    point: [9, 10],
    title: "Keys and tokens are not sent in the URL",
    severity: "warn",
    fix: "Send credentials in the Authorization header (an OAuth 2.0 bearer token) or another header, never as a URL query parameter: URLs are kept in server logs, browser history and Referer headers, where a key can be copied.",
    quote: "This service gives each registered application an OAuth2 Bearer Token, which can be used to make API requests on the application’s own behalf",
    needsWholeDocument: true,
  },
  (doc) => securitySchemes(doc).length > 0 || securityInForce(doc).length > 0 || inQuery(doc).length > 0,
  inQuery,
);
