import { withResolvableRefsOnly } from "../render";
import { markdownCache } from "./markdown";
import { documentationOf } from "./outline";

/**
 * The stored form of a revision's documentation, from its bundle (JSON text): its contents, then
 * each part, as JSON. $refs the bundle could not resolve read as the interactive view shows them.
 */
export function prepareDocumentation(bundled: string): string[] {
  const { contents, parts } = documentationOf(withResolvableRefsOnly(JSON.parse(bundled)), markdownCache());
  return [JSON.stringify(contents), ...parts.map((part) => JSON.stringify(part))];
}
