import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PageHeading } from "./PageHeading";

describe("PageHeading", () => {
  it("renders a large h1 by default", () => {
    expect(renderToStaticMarkup(<PageHeading>Search APIs</PageHeading>)).toBe('<h1 class="govuk-heading-l">Search APIs</h1>');
  });

  it("puts the caption inside the h1 with a hidden separator", () => {
    const html = renderToStaticMarkup(
      <PageHeading caption="HM Revenue and Customs" size="xl" id="title">
        VAT API
      </PageHeading>,
    );
    expect(html).toBe(
      '<h1 id="title" class="govuk-heading-xl"><span class="govuk-caption-xl">HM Revenue and Customs<span class="sr-only">, </span></span>VAT API</h1>',
    );
  });

  it.each([
    ["m", "govuk-heading-m", "govuk-caption-m"],
    ["s", "govuk-heading-s", "govuk-caption-m"],
  ] as const)("size %s uses %s with %s", (size, heading, caption) => {
    const html = renderToStaticMarkup(
      <PageHeading size={size} caption="c">
        t
      </PageHeading>,
    );
    expect(html).toContain(`class="${heading}"`);
    expect(html).toContain(`class="${caption}"`);
  });
});
