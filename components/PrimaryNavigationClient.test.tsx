import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PrimaryNavigationClient } from "./PrimaryNavigationClient";

describe("PrimaryNavigationClient", () => {
  it("renders the navigation links, with no current page outside the Next.js router", () => {
    const html = renderToStaticMarkup(<PrimaryNavigationClient />);
    expect(html).toMatch(/^<nav aria-label="Menu"/);
    expect(html.match(/<a /g)).toHaveLength(4);
    expect(html).not.toContain("aria-current");
  });
});
