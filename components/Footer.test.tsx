import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Footer, OGL_URL } from "./Footer";

describe("Footer", () => {
  const html = renderToStaticMarkup(<Footer />);

  it("is a footer landmark with support links under a hidden heading", () => {
    expect(html).toMatch(/^<footer/);
    expect(html).toContain('<h2 class="sr-only">Support links</h2>');
    expect(html).toMatch(/<a [^>]*href="\/accessibility"[^>]*>Accessibility statement<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/about"[^>]*>About the data<\/a>/);
  });

  it("states the Open Government Licence with a rel=license link", () => {
    expect(html).toContain("All content is available under the");
    expect(html).toContain(`<a href="${OGL_URL}" rel="license"`);
    expect(html).toContain(">Open Government Licence v3.0</a>");
  });

  it("credits the catalogue data source and shows Crown copyright", () => {
    expect(html).toMatch(/Catalogue data from <a href="https:\/\/www\.api\.gov\.uk\/"[^>]*>api\.gov\.uk<\/a>,/);
    expect(html).toContain(">© Crown copyright</a>");
  });

  it("hides the decorative licence logo from assistive technology", () => {
    expect(html).toMatch(/<svg aria-hidden="true" focusable="false"/);
  });

  it("leaves out the link list when there are no links", () => {
    expect(renderToStaticMarkup(<Footer links={[]} />)).not.toContain("Support links");
  });
});
