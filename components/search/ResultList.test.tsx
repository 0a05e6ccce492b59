import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MARK_END, MARK_START } from "@/lib/catalogue/search/highlight";
import type { SearchHit } from "@/lib/catalogue/search/service";
import { ResultList } from "./ResultList";

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  id: "a1",
  slug: "vehicle-enquiry",
  name: "Vehicle Enquiry",
  nameHighlighted: `${MARK_START}Vehicle${MARK_END} Enquiry`,
  descriptionHighlighted: "Details of a <b>vehicle</b>",
  organisation: { slug: "dvla", name: "Driver and Vehicle Licensing Agency", acronym: "DVLA" },
  lifecycle: "live",
  visibility: "public",
  authType: "api-key",
  status: "published",
  hasSpec: true,
  dateUpdated: new Date("2026-01-02T10:00:00Z"),
  ...over,
});

describe("ResultList", () => {
  it("links each result, marks the matched words and escapes the rest", () => {
    const html = renderToStaticMarkup(<ResultList hits={[hit()]} />);
    expect(html).toContain('<a href="/apis/vehicle-enquiry" class="govuk-link"><mark>Vehicle</mark> Enquiry</a>');
    expect(html).toContain("Details of a &lt;b&gt;vehicle&lt;/b&gt;");
    expect(html).toContain("Driver and Vehicle Licensing Agency · updated 2026-01-02");
    expect(html).toContain("Has an OpenAPI description");
    expect(html).not.toContain(">Draft<");
  });

  it("escapes what publishers wrote in a name, an organisation and a web address", () => {
    const html = renderToStaticMarkup(<ResultList hits={[hit({ slug: 'x"><script>', nameHighlighted: "<img src=x onerror=alert(1)>", organisation: { slug: "o", name: "<b>Org</b>", acronym: null }, dateUpdated: null })]} />);
    expect(html).toContain('href="/apis/x%22%3E%3Cscript%3E"');
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('<p class="search-result-meta">&lt;b&gt;Org&lt;/b&gt;</p>');
    expect(html).not.toMatch(/<(img|script|b)[ >]/);
  });

  it("marks a draft, which only its own publishers find", () => {
    expect(renderToStaticMarkup(<ResultList hits={[hit({ status: "draft", hasSpec: false })]} />)).toContain('<strong class="tag tag-yellow">Draft</strong>');
  });
});
