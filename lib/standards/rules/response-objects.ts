import { defineRule, isObj, type Finding } from "../types";
import { deref, isSwagger2, operations, responsesOf, type Doc, type Operation } from "../doc";
import { isJson } from "./json-media-types";

/** Success (2xx) JSON response schemas of an operation, resolved, with where they are written. */
export function successSchemas(doc: Doc, o: Operation): { schema: Doc; path: (string | number)[] }[] {
  return responsesOf(doc, o.op)
    .filter(([code]) => /^2/.test(code))
    .flatMap(([code, res]) => {
      const base = [...o.path, "responses", code];
      if (isSwagger2(doc)) {
        const s = deref(doc, res.schema);
        return isObj(s) ? [{ schema: s, path: [...base, "schema"] }] : [];
      }
      const content = isObj(res.content) ? res.content : {};
      return Object.entries(content).flatMap(([type, media]) => {
        const s = isObj(media) && isJson(type) ? deref(doc, media.schema) : undefined;
        return isObj(s) ? [{ schema: s, path: [...base, "content", type, "schema"] }] : [];
      });
    });
}

function check(doc: Doc): Finding[] {
  return operations(doc).flatMap((o) =>
    successSchemas(doc, o)
      .filter(({ schema }) => schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")))
      .map(({ path }) => ({ message: `${o.method.toUpperCase()} ${o.pathName} returns a top-level array.`, path })),
  );
}

export default defineRule(
  {
    id: "gds-response-objects",
    point: 5,
    title: "Responses are JSON objects, not top-level arrays",
    severity: "warn",
    fix: "Wrap lists in an object, e.g. { \"items\": [...] }, so metadata and new top-level keys can be added later.",
    quote: "create responses as a JSON object and not an array",
    needsWholeDocument: true,
  },
  (doc) => operations(doc).some((o) => successSchemas(doc, o).length > 0),
  check,
);
