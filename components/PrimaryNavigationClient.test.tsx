import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PRIMARY_NAVIGATION } from "./PrimaryNavigation";
import { PrimaryNavigationClient } from "./PrimaryNavigationClient";

describe("PrimaryNavigationClient", () => {
  it("renders the navigation links, with no current page outside the Next.js router", () => {
    const html = renderToStaticMarkup(<PrimaryNavigationClient />);
    expect(html).toMatch(/^<nav aria-label="Menu"/);
    expect(html.match(/<a /g)).toHaveLength(PRIMARY_NAVIGATION.length);
    expect(html).not.toContain("aria-current");
  });
});
