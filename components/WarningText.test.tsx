import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { WarningText } from "./WarningText";

describe("WarningText", () => {
  it("says 'Warning' to screen readers and hides the icon from them", () => {
    const html = renderToStaticMarkup(<WarningText>Two changes break existing clients</WarningText>);
    expect(html).toContain('<span aria-hidden="true"');
    expect(html).toContain('<span class="sr-only">Warning: </span>Two changes break existing clients</strong>');
  });
});
