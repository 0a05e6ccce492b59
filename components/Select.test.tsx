import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Select } from "./Select";

const options = [
  { value: "", text: "Any organisation" },
  { value: "hmrc", text: "HM Revenue and Customs" },
  { value: "dvla", text: "Driver and Vehicle Licensing Agency" },
];

describe("Select", () => {
  it("labels the select and renders its options", () => {
    const html = renderToStaticMarkup(<Select id="org" name="org" label="Organisation" options={options} />);
    expect(html).toContain('<label for="org"');
    expect(html).toMatch(/<select id="org" name="org"/);
    expect(html.match(/<option /g)).toHaveLength(3);
    expect(html).toContain('<option value="hmrc">HM Revenue and Customs</option>');
  });

  it("groups options under labels, after the ungrouped ones", () => {
    const html = renderToStaticMarkup(<Select id="s" name="s" label="System" options={[options[0]!]} groups={[{ label: "HMRC", options: [options[1]!] }]} defaultValue="hmrc" />);
    expect(html).toContain('<option value="">Any organisation</option><optgroup label="HMRC"><option value="hmrc" selected="">HM Revenue and Customs</option></optgroup>');
  });

  it("selects the default value in the HTML so it works without JavaScript", () => {
    const html = renderToStaticMarkup(<Select id="org" name="org" label="Organisation" options={options} defaultValue="dvla" />);
    expect(html).toContain('<option value="dvla" selected="">Driver and Vehicle Licensing Agency</option>');
    expect(html).not.toContain('<option value="hmrc" selected');
  });

  it("wires up hint and error", () => {
    const html = renderToStaticMarkup(
      <Select id="sort" name="sort" label="Sort by" options={options} hint="Choose one" error="Select how to sort the results" />,
    );
    expect(html).toContain('<div id="sort-hint"');
    expect(html).toContain('<p id="sort-error"');
    expect(html).toContain('<span class="sr-only">Error: </span>Select how to sort the results');
    const select = /<select[^>]*>/.exec(html)?.[0] ?? "";
    expect(select).toContain('aria-describedby="sort-hint sort-error"');
    expect(select).toContain('aria-invalid="true"');
    expect(select).toContain("border-error");
  });
});
