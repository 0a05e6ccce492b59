import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PrimaryNavigation, navigationCurrent } from "./PrimaryNavigation";

describe("navigationCurrent", () => {
  it("is 'page' on the exact page, ignoring trailing slashes and query strings", () => {
    expect(navigationCurrent("/apis", "/apis")).toBe("page");
    expect(navigationCurrent("/apis", "/apis/")).toBe("page");
    expect(navigationCurrent("/apis", "/apis?q=tax#results")).toBe("page");
  });

  it("is true inside the section and undefined elsewhere", () => {
    expect(navigationCurrent("/apis", "/apis/hmrc-vat")).toBe(true);
    expect(navigationCurrent("/apis", "/apis-old")).toBeUndefined();
    expect(navigationCurrent("/apis", "/organisations")).toBeUndefined();
    expect(navigationCurrent("/", "/apis")).toBeUndefined();
    expect(navigationCurrent("/apis", null)).toBeUndefined();
  });
});

describe("PrimaryNavigation", () => {
  it("renders the sections in a labelled nav landmark", () => {
    const html = renderToStaticMarkup(<PrimaryNavigation />);
    expect(html).toMatch(/^<nav aria-label="Menu"/);
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/before-you-build", "Before you build"],
      ["/apis", "APIs"],
      ["/systems", "Systems"],
      ["/data-sets", "Data sets"],
      ["/organisations", "Organisations"],
      ["/dashboard", "Dashboard"],
      ["/estate", "Estate map"],
    ]);
    expect(html).not.toContain("aria-current");
  });

  it("marks only the current page with aria-current=page", () => {
    const html = renderToStaticMarkup(<PrimaryNavigation currentPath="/organisations" />);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toMatch(/<a[^>]*aria-current="page"[^>]*href="\/organisations"/);
  });

  it("marks the section with aria-current=true on a page inside it", () => {
    const html = renderToStaticMarkup(<PrimaryNavigation currentPath="/apis/hmrc-vat" />);
    expect(html).toMatch(/<a[^>]*aria-current="true"[^>]*href="\/apis"/);
  });
});
