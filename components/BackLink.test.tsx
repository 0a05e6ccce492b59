import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { BackLink } from "./BackLink";

describe("BackLink", () => {
  it("is a link with the text Back by default", () => {
    expect(renderToStaticMarkup(<BackLink href="/apis" />)).toMatch(/^<a class="[^"]*govuk-focus-link[^"]*" href="\/apis">Back<\/a>$/);
  });

  it("accepts other text and a white version", () => {
    const html = renderToStaticMarkup(
      <BackLink href="/apis?q=tax" inverse>
        Back to search results
      </BackLink>,
    );
    expect(html).toContain('href="/apis?q=tax"');
    expect(html).toContain(">Back to search results</a>");
    expect(html).toContain("text-white");
  });
});
