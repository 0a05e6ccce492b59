import { defineRule, type Finding } from "../types";
import { operations, perDocument, type Doc, type Operation } from "../doc";

// Words that say what replaces it: "replaced by", "use X instead", "in favour of", "migrate to"…
// Not a bare "use" ("Do not use.").
const NAMES_REPLACEMENT =
  /\b(replaced|superseded)\s+(by|with)\b|\b(successor|replacement)\s+(is|:)|\b(migrate|moved|switch)\s+to\b|\bin\s+favou?r\s+of\b|\buse\s+(?!this\b|it\b)[^.;]{1,80}?\binstead\b|\binstead,?\s+(use|call)\b/i;
const PATH_IN_TEXT = /\/[\w{}.~-]+(\/[\w{}.~-]+)*/g;
const VERSIONED = /^\/v\d+\//i;

const deprecated = (doc: Doc) => operations(doc).filter((o) => o.op.deprecated === true);

/** Every operation's path and operationId, once per document: the names a text may point to. */
const names = perDocument((doc: Doc) => {
  const ops = operations(doc);
  return { paths: new Set(ops.map((o) => o.pathName)), ids: new Map(ops.flatMap((o) => (typeof o.op.operationId === "string" ? [[o.op.operationId, o.op] as const] : []))) };
});

/** The text names another operation: by its path (or a versioned path), or by its operationId. */
function namesAnotherOperation(doc: Doc, o: Operation, text: string): boolean {
  const { paths, ids } = names(doc);
  const mentioned = (text.match(PATH_IN_TEXT) ?? []).map((p) => p.replace(/[.,)]+$/, ""));
  if (mentioned.some((p) => p !== o.pathName && (paths.has(p) || VERSIONED.test(`${p}/`)))) return true;
  const words = (text.match(/[^\s`'"(),;:]+/g) ?? []).map((w) => w.replace(/\.+$/, ""));
  return words.some((word) => ids.has(word) && ids.get(word) !== o.op);
}

function check(doc: Doc): Finding[] {
  return deprecated(doc).flatMap((o) => {
    const text = [o.op.summary, o.op.description].filter((t) => typeof t === "string").join(" ");
    const name = `${o.method.toUpperCase()} ${o.pathName}`;
    if (!/deprecat/i.test(text)) return [{ message: `${name} is deprecated but its description does not say so.`, path: [...o.path, "deprecated"] }];
    if (!NAMES_REPLACEMENT.test(text) && !namesAnotherOperation(doc, o, text)) return [{ message: `${name} is deprecated without naming its replacement.`, path: [...o.path, "deprecated"] }];
    return [];
  });
}

export default defineRule(
  {
    id: "gds-deprecation",
    point: 16,
    title: "Deprecated operations say so and point to the replacement",
    severity: "warn",
    fix: "In the description of each deprecated operation, say it is deprecated, when it will be withdrawn and which operation to use instead (its path or operationId).",
    quote: "Set clear API deprecation policies so you’re not supporting old client applications forever.",
    needsWholeDocument: true,
  },
  (doc) => deprecated(doc).length > 0,
  check,
);
