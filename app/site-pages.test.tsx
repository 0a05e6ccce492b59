import { beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import AboutTheDataPage from "./about/page";
import AccessibilityStatementPage from "./accessibility/page";
import ErrorPage from "./error";
import GlobalError from "./global-error";
import RootLayout, { metadata } from "./layout";
import NotFound from "./not-found";

const noop = () => {};

// The layout reads the session (request cookies) to show who is signed in; here, nobody is.
vi.mock("@/lib/auth/session", () => ({
  getViewer: async () => ({ kind: "anonymous" }),
  formCsrfToken: async () => null,
  currentRequestPath: async () => "/",
}));

describe("root layout", () => {
  let html = "";
  beforeAll(async () => {
    html = renderToStaticMarkup(await RootLayout({ children: <h1>Content</h1> }));
  });

  it("sets British English and the title template", () => {
    expect(html).toMatch(/^<html lang="en-GB">/);
    expect(metadata.title).toEqual({ template: "%s – API Catalogue", default: "API Catalogue – GOV.UK style" });
  });

  it("puts the skip link first and points it at the focusable main landmark", () => {
    expect(html).toMatch(/<body[^>]*><a href="#main-content"/);
    expect(html).toMatch(/<main id="main-content" tabindex="-1"[^>]*><h1>Content<\/h1><\/main>/);
  });

  it("offers a sign-in link in the header when nobody is signed in", () => {
    expect(html).toMatch(/<header[^]*<a class="font-bold" href="\/sign-in">Sign in<\/a>[^]*<\/header>/);
  });

  it("has the header, phase banner and footer in order", () => {
    const order = ["<header", 'aria-label="Menu"', ">Beta</strong>", "<main", "<footer"].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("not found page", () => {
  it("uses the GOV.UK wording and links to search", () => {
    const html = renderToStaticMarkup(<NotFound />);
    expect(html).toContain(">Page not found</h1>");
    expect(html).toContain("If you typed the web address, check it is correct.");
    expect(html).toContain("If you pasted the web address, check you copied the entire address.");
    expect(html).toMatch(/<a class="govuk-link" href="\/apis">search for an API<\/a>/);
  });
});

describe("error pages", () => {
  it("apologise in plain words and offer to try again", () => {
    for (const html of [
      renderToStaticMarkup(<ErrorPage error={new Error("secret detail")} retry={noop} />),
      renderToStaticMarkup(<GlobalError error={new Error("secret detail")} retry={noop} />),
    ]) {
      expect(html).toContain(">Sorry, there is a problem with the service</h1>");
      expect(html).toContain("Try again later.");
      expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
      expect(html).not.toContain("secret detail");
    }
  });

  it("the global error page brings its own document", () => {
    const html = renderToStaticMarkup(<GlobalError error={null} retry={noop} />);
    expect(html).toMatch(/^<html lang="en-GB"><head><title>Sorry, there is a problem with the service – API Catalogue<\/title><\/head><body/);
    expect(html).toContain('<main id="main-content"');
  });
});

describe("accessibility statement", () => {
  const html = renderToStaticMarkup(<AccessibilityStatementPage />);

  it("states the standard, how to report problems and the enforcement procedure", () => {
    expect(html).toContain("Web Content Accessibility Guidelines version 2.2");
    expect(html).toContain(">Reporting accessibility problems with this service</h2>");
    expect(html).toContain(">Enforcement procedure</h2>");
    expect(html).toContain("Equality and Human Rights Commission (EHRC)");
    expect(html).toContain('href="mailto:api-catalogue@digital.cabinet-office.gov.uk"');
  });
});

describe("about the data", () => {
  const html = renderToStaticMarkup(<AboutTheDataPage />);

  it("names the source files, the copyright and the licence", () => {
    expect(html).toContain("<code>catalogue.csv</code>");
    expect(html).toContain("<code>organisation.csv</code>");
    expect(html).toContain("© Crown copyright");
    expect(html).toMatch(/rel="license"[^>]*>Open Government Licence v3\.0<\/a>/);
  });

  it("quotes the two reference documents", () => {
    expect(html).toContain("every system has an API, and that API is documented according to the OpenAPI specification");
    expect(html).toContain("A reference architecture for government data and APIs</figcaption>");
    expect(html).toContain("GDS API technical and data standards</figcaption>");
  });
});
