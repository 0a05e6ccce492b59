import { defineRule, isObj, type Finding } from "../types";
import { operations, type Doc } from "../doc";

// 4XX/5XX ranges and `default` (the usual catch-all error) count as defined error responses.
const isError = (code: string): boolean => /^[45]/.test(code) || code === "default";

function check(doc: Doc): Finding[] {
  return operations(doc)
    .filter((o) => !(isObj(o.op.responses) && Object.keys(o.op.responses).some(isError)))
    .map((o) => ({ message: `${o.method.toUpperCase()} ${o.pathName} defines no error (4xx/5xx) response.`, path: [...o.path, "responses"] }));
}

export default defineRule(
  {
    id: "gds-error-responses",
    point: 2,
    title: "Error responses are defined",
    severity: "warn",
    fix: "Document the 4xx and 5xx responses each operation can return, with an error body schema.",
    quote: "One of the advantages of REST is that it gives you a framework for communicating error states.",
    needsWholeDocument: true,
  },
  (doc) => operations(doc).length > 0,
  check,
);
