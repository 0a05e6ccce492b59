import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Breadcrumbs } from "./Breadcrumbs";

const items = [
  { href: "/", text: "Home" },
  { href: "/apis", text: "APIs" },
  { href: "/apis/vat", text: "VAT API" },
];

describe("Breadcrumbs", () => {
  it("renders an ordered list in a nav labelled Breadcrumb", () => {
    const html = renderToStaticMarkup(<Breadcrumbs items={items} />);
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"[^>]*><ol/);
    expect(html.match(/<li /g)).toHaveLength(3);
  });

  it("links every item but the last, which is the current page as plain text", () => {
    const html = renderToStaticMarkup(<Breadcrumbs items={items} />);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Home<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/apis"[^>]*>APIs<\/a>/);
    expect(html).not.toContain('href="/apis/vat"');
    expect(html).toMatch(/<li aria-current="page"[^>]*>VAT API<\/li>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("shows an item without an href as text", () => {
    const html = renderToStaticMarkup(<Breadcrumbs items={[{ text: "Section" }, { text: "Page" }]} />);
    expect(html).not.toContain("<a ");
  });

  it("renders nothing for no items", () => {
    expect(renderToStaticMarkup(<Breadcrumbs items={[]} />)).toBe("");
  });
});
