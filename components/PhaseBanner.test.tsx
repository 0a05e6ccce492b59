import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PhaseBanner } from "./PhaseBanner";

describe("PhaseBanner", () => {
  it("shows a Beta tag and the feedback sentence with a mailto link", () => {
    const html = renderToStaticMarkup(<PhaseBanner />);
    expect(html).toMatch(/<strong [^>]*>Beta<\/strong>/);
    expect(html).toContain(
      'This is a new service. Help us improve it by <a href="mailto:api-catalogue@digital.cabinet-office.gov.uk" class="govuk-link">giving feedback</a>.',
    );
  });

  it("accepts another phase, link and sentence", () => {
    const html = renderToStaticMarkup(<PhaseBanner phase="Alpha" feedbackHref="/feedback" />);
    expect(html).toContain(">Alpha</strong>");
    expect(html).toContain('href="/feedback"');
    expect(renderToStaticMarkup(<PhaseBanner>Custom text</PhaseBanner>)).toContain("Custom text");
  });
});
