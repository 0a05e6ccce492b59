import { defineRule, type Finding } from "../types";
import { allProperties, perDocument, type Doc, type Property } from "../doc";

type Style = "snake_case" | "camelCase" | "PascalCase" | "kebab-case";

/** The case style of a multi-word name; one-word names ("id", "name") fit every style. */
export function styleOf(raw: string): Style | undefined {
  // Leading _ $ @ are conventions (_links, @context), not the case style.
  const name = raw.replace(/^[_$@]+/, "");
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(name)) return "snake_case";
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(name)) return "kebab-case";
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(name)) return "camelCase";
  if (/^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)+$/.test(name)) return "PascalCase";
  return undefined;
}

const styled = perDocument((doc: Doc) =>
  allProperties(doc).flatMap((p) => {
    const s = styleOf(p.name);
    return s ? [{ ...p, style: s }] : [];
  }),
);

// The most used style wins; every property in another style is reported.
function check(doc: Doc): Finding[] {
  const props = styled(doc);
  const counts = new Map<Style, number>();
  for (const p of props) counts.set(p.style, (counts.get(p.style) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const odd: (Property & { style: Style })[] = props.filter((p) => p.style !== main);
  return odd.map((p) => ({ message: `Property "${p.name}" is ${p.style}; most properties use ${main}.`, path: p.path }));
}

export default defineRule(
  {
    id: "gds-property-case",
    point: 5,
    title: "One property-name case used consistently",
    severity: "warn",
    fix: "Pick one case for property names (snake_case or camelCase) and rename the others to match.",
    quote: "use consistent grammar case for API keys - choose under_score or CamelCase and be consistent",
    needsWholeDocument: true,
  },
  (doc) => styled(doc).length > 0,
  check,
);
