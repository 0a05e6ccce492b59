import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Header } from "./Header";

describe("Header", () => {
  it("renders a banner with the service name linking home and the navigation", () => {
    const html = renderToStaticMarkup(<Header currentPath="/dashboard" />);
    expect(html).toMatch(/^<header/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>API Catalogue<\/a>/);
    expect(html).toContain('<nav aria-label="Menu"');
    expect(html).toMatch(/<a[^>]*aria-current="page"[^>]*href="\/dashboard"[^>]*>Dashboard<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("renders the right-hand slot only when given", () => {
    expect(renderToStaticMarkup(<Header currentPath="/" />)).not.toContain("Sign in");
    const html = renderToStaticMarkup(
      <Header currentPath="/">
        <a href="/sign-in">Sign in</a>
      </Header>,
    );
    expect(html).toContain('<a href="/sign-in">Sign in</a>');
  });

  it("falls back to the client navigation when no path is given", () => {
    const html = renderToStaticMarkup(<Header />);
    expect(html).toContain('<nav aria-label="Menu"');
    expect(html).toContain('href="/apis"');
    expect(html).not.toContain("aria-current");
  });
});
