import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SkipLink } from "./SkipLink";

describe("SkipLink", () => {
  it("links to the main content and is visually hidden until focused", () => {
    const html = renderToStaticMarkup(<SkipLink />);
    expect(html).toMatch(/^<a href="#main-content"/);
    expect(html).toContain(">Skip to main content</a>");
    expect(html).toContain("sr-only");
    expect(html).toContain("focus:not-sr-only");
    expect(html).toContain("focus:bg-focus");
  });

  it("accepts a different target", () => {
    const html = renderToStaticMarkup(<SkipLink href="#results">Skip to results</SkipLink>);
    expect(html).toContain('href="#results"');
    expect(html).toContain(">Skip to results<");
  });
});
