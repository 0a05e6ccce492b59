import { defineRule, isObj, type Finding } from "../types";
import type { Doc } from "../doc";

// A few words are not documentation; ask for at least a sentence.
function check(doc: Doc): Finding[] {
  const info = isObj(doc.info) ? doc.info : {};
  const d = typeof info.description === "string" ? info.description.trim() : "";
  return d.length >= 20 ? [] : [{ message: "info.description is missing or too short to explain the API.", path: isObj(doc.info) ? ["info"] : [] }];
}

export default defineRule(
  {
    id: "gds-info-description",
    point: 24,
    title: "The API is described",
    severity: "warn",
    fix: "Write info.description: what the API does, who it is for, how to get access and how to start.",
    quote: "explaining how developers can you API",
    needsWholeDocument: false,
  },
  () => true,
  check,
);
