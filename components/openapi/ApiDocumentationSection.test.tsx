import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiDocumentationSection } from "./ApiDocumentationSection";

describe("ApiDocumentationSection as the server sends it", () => {
  const html = renderToStaticMarkup(<ApiDocumentationSection slug="vehicle-tax" revisionId="rev1" />);

  it("links to the three downloads of the latest checked description", () => {
    const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["/apis/vehicle-tax/openapi/original", "/apis/vehicle-tax/openapi/bundled.json", "/apis/vehicle-tax/openapi/bundled.yaml"]);
  });

  it("has the browser start fetching the revision's document for the documentation at once", () => {
    expect(html).toMatch(/<link rel="preload" href="\/apis\/vehicle-tax\/openapi\/bundled\.json\?revision=rev1" as="fetch" crossorigin=""\/>/);
  });

  it("says the documentation needs JavaScript until the script takes over, and is not yet ready", () => {
    expect(html).toContain('data-testid="api-documentation" data-state="waiting"');
    expect(html).toContain("The interactive documentation needs JavaScript. You can download the OpenAPI description instead.");
    expect(html).not.toContain("Loading the documentation");
  });
});
