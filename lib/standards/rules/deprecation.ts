import { defineRule, type Finding } from "../types";
import { operations, type Doc } from "../doc";

// Words that point the reader somewhere else, or a path such as /v2/things.
const POINTS_ON = /\b(instead|replac\w*|supersed\w*|successor|migrat\w*|moved|use)\b|\/[\w{}-]+/i;

const deprecated = (doc: Doc) => operations(doc).filter((o) => o.op.deprecated === true);

function check(doc: Doc): Finding[] {
  return deprecated(doc).flatMap((o) => {
    const text = [o.op.summary, o.op.description].filter((t) => typeof t === "string").join(" ");
    if (!/deprecat/i.test(text)) return [{ message: `${o.method.toUpperCase()} ${o.pathName} is deprecated but its description does not say so.`, path: [...o.path, "deprecated"] }];
    if (!POINTS_ON.test(text)) return [{ message: `${o.method.toUpperCase()} ${o.pathName} is deprecated without naming its replacement.`, path: [...o.path, "deprecated"] }];
    return [];
  });
}

export default defineRule(
  {
    id: "gds-deprecation",
    point: 16,
    title: "Deprecated operations say so and point to the replacement",
    severity: "warn",
    fix: "In the description of each deprecated operation, say it is deprecated, when it will be withdrawn and which operation to use instead.",
    quote: "Set clear API deprecation policies so you’re not supporting old client applications forever.",
  },
  (doc) => deprecated(doc).length > 0,
  check,
);
