import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { InsetText } from "./InsetText";

describe("InsetText", () => {
  it("wraps its content in a div with the grey left border", () => {
    const html = renderToStaticMarkup(
      <InsetText id="note">
        <p>This API is only for government organisations.</p>
      </InsetText>,
    );
    expect(html).toMatch(/^<div id="note" class="[^"]*border-l-10 border-border[^"]*"><p>This API is only for government organisations\.<\/p><\/div>$/);
  });
});
