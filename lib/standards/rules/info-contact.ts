import { defineRule, isObj, type Finding } from "../types";
import type { Doc } from "../doc";

// A contact needs a way to reach someone: an email address or a URL.
function check(doc: Doc): Finding[] {
  const info = isObj(doc.info) ? doc.info : {};
  const c = isObj(info.contact) ? info.contact : {};
  const ok = (typeof c.email === "string" && c.email.trim() !== "") || (typeof c.url === "string" && c.url.trim() !== "");
  return ok ? [] : [{ message: "info.contact has no email or url.", path: isObj(info.contact) ? ["info", "contact"] : isObj(doc.info) ? ["info"] : [] }];
}

export default defineRule(
  {
    id: "gds-info-contact",
    point: 24,
    title: "A contact is given",
    severity: "warn",
    fix: "Add info.contact with an email address or support URL that developers can use.",
    quote: "You should always make sure your documentation is clear, and communicate when changes are made.",
    needsWholeDocument: false,
  },
  () => true,
  check,
);
