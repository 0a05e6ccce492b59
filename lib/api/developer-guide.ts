import { openApiDocument } from "./openapi";
import { anonymousQuota, clientQuota } from "./quota";
import { tokenLifetimeSeconds } from "./tokens";

type Doc = Record<string, any>;
export type GuideOperation = { id: string; method: string; path: string; summary: string; description: string; scope: string | null; request: string; response: string; deprecated: boolean };

/** A shell example of calling the operation, with the document's example body where it has one. */
function curl(method: string, path: string, op: Doc, scope: string | null): string {
  const url = `https://catalogue.example/api/v1${path.replace("{slug}", "vehicle-enquiry-service").replace("{id}", "cmrev789xyz")}`;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} '${url}'`];
  if (scope) lines.push(`  -H "Authorization: Bearer $TOKEN"`);
  const body = op.requestBody?.content;
  if (body?.["application/json"]) lines.push(`  -H 'Content-Type: application/json'`, `  --data '${JSON.stringify(body["application/json"].example)}'`);
  else if (body?.["application/yaml"]) lines.push(`  -H 'Content-Type: application/yaml'`, `  --data-binary @openapi.yaml`);
  return lines.join(" \\\n");
}

/** Each operation of the API's own document, with an example request and response, for /developers. */
export function developerGuide() {
  const doc = openApiDocument() as Doc;
  const operations: GuideOperation[] = Object.entries(doc.paths as Doc).flatMap(([path, ops]) =>
    Object.entries(ops as Doc).map(([method, op]) => {
      const writes = (op.security as Doc[]).some((s) => s.clientCredentials?.includes("apis:write"));
      const scope = writes ? "apis:write" : null;
      const success = Object.entries(op.responses as Doc).find(([status]) => status.startsWith("2"))![1] as Doc;
      const example = success.content?.["application/json"]?.example;
      return { id: op.operationId, method: method.toUpperCase(), path, summary: op.summary, description: op.description, scope, request: curl(method, path, op, scope), response: example === undefined ? "" : JSON.stringify(example, null, 2), deprecated: Boolean(op.deprecated) };
    }),
  );
  return { operations, client: clientQuota(), anonymous: anonymousQuota(), tokenMinutes: Math.round(tokenLifetimeSeconds() / 60) };
}
