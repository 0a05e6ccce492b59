import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Checkboxes, checkboxId } from "./Checkboxes";

const items = [
  { value: "live", label: "Live", checked: true },
  { value: "beta", label: "Beta", hint: "Still being improved" },
  { value: "retired", label: "Retired", disabled: true },
];

function inputs(html: string): string[] {
  return html.match(/<input[^>]*\/?>/g) ?? [];
}

describe("Checkboxes", () => {
  it("groups the checkboxes in a fieldset with a legend", () => {
    const html = renderToStaticMarkup(<Checkboxes idPrefix="lifecycle" name="lifecycle" legend="Lifecycle" items={items} />);
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Lifecycle<\/legend>/);
    expect(inputs(html)).toHaveLength(3);
    expect(html).not.toMatch(/<fieldset[^>]*aria-describedby/);
  });

  it("gives the first checkbox the prefix as its id, so an error can link to it", () => {
    expect(checkboxId("lifecycle", 0)).toBe("lifecycle");
    expect(checkboxId("lifecycle", 2)).toBe("lifecycle-3");
    const html = renderToStaticMarkup(<Checkboxes idPrefix="lifecycle" name="lifecycle" legend="Lifecycle" items={items} />);
    const [first, second, third] = inputs(html);
    expect(first).toContain('id="lifecycle"');
    expect(second).toContain('id="lifecycle-2"');
    expect(third).toContain('id="lifecycle-3"');
    expect(html).toContain('<label for="lifecycle"');
    expect(html).toContain('<label for="lifecycle-2"');
  });

  it("renders name, value, type, checked and disabled as plain HTML", () => {
    const html = renderToStaticMarkup(<Checkboxes idPrefix="l" name="lifecycle" legend="Lifecycle" items={items} />);
    const [first, second, third] = inputs(html);
    expect(first).toMatch(/name="lifecycle"/);
    expect(first).toMatch(/type="checkbox"/);
    expect(first).toMatch(/value="live"/);
    expect(first).toMatch(/checked=""/);
    expect(second).not.toMatch(/checked/);
    expect(third).toMatch(/disabled=""/);
  });

  it("describes an item by its own hint", () => {
    const html = renderToStaticMarkup(<Checkboxes idPrefix="l" name="l" legend="Lifecycle" items={items} />);
    expect(inputs(html)[1]).toContain('aria-describedby="l-2-item-hint"');
    expect(html).toContain('<div id="l-2-item-hint"');
  });

  it("describes the fieldset by its hint and error, with the error styles", () => {
    const html = renderToStaticMarkup(
      <Checkboxes idPrefix="l" name="l" legend="Lifecycle" hint="Select all that apply" error="Select at least one lifecycle" items={items} />,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="l-hint l-error"/);
    expect(html).toContain('<p id="l-error"');
    expect(html).toContain('<span class="sr-only">Error: </span>Select at least one lifecycle');
    expect(html).toMatch(/^<div class="[^"]*border-error/);
  });

  it("can make the legend the page heading and use small boxes", () => {
    const html = renderToStaticMarkup(
      <Checkboxes idPrefix="l" name="l" legend="Which stages?" legendSize="l" legendIsPageHeading small items={items} />,
    );
    expect(html).toMatch(/<legend[^>]*><h1[^>]*>Which stages\?<\/h1><\/legend>/);
    expect(html).toContain("checkbox-label-small");
  });
});
