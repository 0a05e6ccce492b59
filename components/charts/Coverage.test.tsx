import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CoverageFigures } from "@/lib/estate/coverage";
import { CoverageByOrganisation, CoverageChart, ExampleNote, measureText } from "./Coverage";

const measure = (count: number, total: number) => ({ count, total, share: total ? count / total : null });
const figures: CoverageFigures = {
  systems: 5,
  examples: 0,
  connections: 4,
  measures: {
    systemsWithApi: measure(3, 5),
    systemsConnected: measure(4, 5),
    connectionsConfirmed: measure(1, 4),
    connectionsOpenStandard: measure(4, 4),
    connectionsThroughApi: measure(0, 4),
  },
};
const organisation = { id: "o1", slug: "hm-revenue-customs", name: "HM Revenue & Customs", acronym: "HMRC" };

describe("coverage figures", () => {
  it("gives every measure as a table row: count, out of what, share", () => {
    const html = renderToStaticMarkup(<CoverageChart figures={figures} caption="Coverage across government" id="coverage-table" />);
    expect(html).toContain('<figure class="mb-8" aria-describedby="coverage-table">');
    expect(html).toContain("Coverage across government</caption>");
    expect(html).toMatch(/<th scope="row"[^>]*>Systems with an API in the catalogue<\/th><td[^>]*>3<\/td><td[^>]*>5 systems<\/td><td[^>]*>60%<\/td>/);
    expect(html).toMatch(/Connections through catalogued APIs<\/th><td[^>]*>0<\/td><td[^>]*>4 connections<\/td><td[^>]*>0%<\/td>/);
  });

  it("lists each organisation with its figures in words, linked to its page", () => {
    const html = renderToStaticMarkup(<CoverageByOrganisation organisations={[{ organisation, ...figures }]} />);
    expect(html).toContain('<a class="govuk-link" href="/organisations/hm-revenue-customs">HM Revenue &amp; Customs</a>');
    expect(html).toContain(">3 of 5 (60%)</td>");
    expect(measureText(measure(0, 0))).toBe("0 of 0 (–)");
  });

  it("says when the figures include example systems, and says nothing otherwise", () => {
    expect(renderToStaticMarkup(<ExampleNote examples={0} />)).toBe("");
    expect(renderToStaticMarkup(<ExampleNote examples={41} />)).toMatch(/>Example<\/strong>These figures include the example estate: 41 illustrative systems/);
  });
});
