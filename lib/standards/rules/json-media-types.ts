import { defineRule, type Finding } from "../types";
import { operations, producedMediaTypes, type Doc } from "../doc";

export const isJson = (t: string): boolean => /^application\/([\w.-]+\+)?json\b/i.test(t.trim()) || t.trim() === "*/*";

// One finding per operation whose responses declare media types but none of them JSON.
function check(doc: Doc): Finding[] {
  return operations(doc).flatMap((o) => {
    const types = producedMediaTypes(doc, o.op);
    return types.length > 0 && !types.some(isJson)
      ? [{ message: `${o.method.toUpperCase()} ${o.pathName} offers no JSON response (${[...new Set(types)].join(", ")}).`, path: o.path }]
      : [];
  });
}

export default defineRule(
  {
    id: "gds-json-media-types",
    point: 5,
    title: "Responses are available as JSON",
    severity: "warn",
    fix: "Offer application/json (or a +json type) for every operation's responses; keep other formats as extras.",
    quote: "Your first choice for all web APIs should be JSON where possible.",
  },
  (doc) => operations(doc).some((o) => producedMediaTypes(doc, o.op).length > 0),
  check,
);
