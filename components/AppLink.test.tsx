import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { AppLink, isInternalHref } from "./AppLink";

describe("AppLink", () => {
  it("knows which hrefs are inside the service", () => {
    expect(isInternalHref("/apis?page=2")).toBe(true);
    expect(isInternalHref("//evil.example")).toBe(false);
    expect(isInternalHref("#main-content")).toBe(false);
    expect(isInternalHref("mailto:a@b.gov.uk")).toBe(false);
    expect(isInternalHref("https://www.api.gov.uk/")).toBe(false);
  });

  it("renders a plain anchor with the href and attributes for both kinds", () => {
    const internal = renderToStaticMarkup(
      <AppLink href="/apis" className="x" aria-current="page">
        APIs
      </AppLink>,
    );
    expect(internal).toBe('<a class="x" aria-current="page" href="/apis">APIs</a>');

    const external = renderToStaticMarkup(
      <AppLink href="https://www.api.gov.uk/" rel="external">
        api.gov.uk
      </AppLink>,
    );
    expect(external).toBe('<a href="https://www.api.gov.uk/" rel="external">api.gov.uk</a>');
  });
});
