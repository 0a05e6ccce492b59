import { defineRule, type Finding } from "../types";
import { allMediaTypes, type Doc } from "../doc";

const charsetOf = (t: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(t)?.[1];
const declared = (doc: Doc) => allMediaTypes(doc).filter((m) => charsetOf(m.type) !== undefined);

function check(doc: Doc): Finding[] {
  return declared(doc)
    .filter((m) => !/^utf-?8$/i.test(charsetOf(m.type)!))
    .map((m) => ({ message: `Media type "${m.type}" declares a charset other than UTF-8.`, path: m.path }));
}

export default defineRule(
  {
    id: "gds-utf8",
    point: 6,
    title: "Text is encoded as UTF-8 where a charset is declared",
    severity: "error",
    fix: "Encode text as UTF-8 and declare `charset=utf-8` (or no charset, as JSON is UTF-8 by default).",
    quote: "The Unicode Transformation Format (UTF-8) standard is mandatory for use in government when encoding text or other textual representations of data.",
    needsWholeDocument: true,
  },
  // Only documents that declare a charset somewhere can get it wrong.
  (doc) => declared(doc).length > 0,
  check,
);
