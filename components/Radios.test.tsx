import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Radios, radioId } from "./Radios";

const items = [
  { value: "cloud", label: "Cloud" },
  { value: "on-premises", label: "On premises", hint: "In your own data centre" },
  { value: "hybrid", label: "Hybrid" },
];
const inputs = (html: string) => html.match(/<input[^>]*\/?>/g) ?? [];

describe("Radios", () => {
  it("groups the radios in a fieldset with a legend, one name, the first id linkable from an error", () => {
    const html = renderToStaticMarkup(<Radios idPrefix="hosting" name="hosting" legend="Where is it hosted?" items={items} value="hybrid" />);
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Where is it hosted\?<\/legend>/);
    const [first, second, third] = inputs(html);
    for (const attribute of [`id="hosting"`, `name="hosting"`, `type="radio"`, `value="cloud"`]) expect(first).toContain(attribute);
    expect(second).toContain('id="hosting-2"');
    expect(second).toContain('aria-describedby="hosting-2-item-hint"');
    expect(third).toMatch(/checked=""/);
    expect(first).not.toMatch(/checked/);
    expect(radioId("hosting", 2)).toBe("hosting-3");
  });

  it("describes the fieldset by its hint and error", () => {
    const html = renderToStaticMarkup(<Radios idPrefix="h" name="h" legend="Hosting" hint="Choose one" error="Select where the system is hosted" items={items} />);
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="h-hint h-error"/);
    expect(html).toContain('<span class="sr-only">Error: </span>Select where the system is hosted');
    expect(html).toMatch(/^<div class="[^"]*border-error/);
  });
});
