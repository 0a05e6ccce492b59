import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SummaryList } from "./SummaryList";

describe("SummaryList", () => {
  it("renders each row as a dt and dd pair inside a dl", () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: "Organisation", value: "HM Revenue and Customs" },
          { key: "Documentation", value: <a href="https://developer.service.hmrc.gov.uk/">Developer hub</a> },
        ]}
      />,
    );
    expect(html).toMatch(/^<dl /);
    expect(html.match(/<div class="[^"]*"><dt/g)).toHaveLength(2);
    expect(html).toMatch(/<dt [^>]*>Organisation<\/dt><dd [^>]*>HM Revenue and Customs<\/dd>/);
    expect(html).toContain('<a href="https://developer.service.hmrc.gov.uk/">Developer hub</a></dd>');
    expect(html).toContain("border-b border-border");
  });

  it("adds actions with visually hidden context", () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: "Email", value: "api@hmrc.gov.uk", actions: [{ href: "/apis/vat/edit#email", text: "Change", visuallyHiddenText: "contact email" }] },
          { key: "Name", value: "VAT API" },
        ]}
      />,
    );
    expect(html).toMatch(/<a [^>]*href="\/apis\/vat\/edit#email"[^>]*>Change<span class="sr-only"> contact email<\/span><\/a>/);
    // Every row gets an actions cell once any row has one, so columns line up.
    expect(html.match(/<dd /g)).toHaveLength(4);
  });

  it("can drop the borders and renders nothing for no rows", () => {
    expect(renderToStaticMarkup(<SummaryList noBorder rows={[{ key: "a", value: "b" }]} />)).not.toContain("border-b");
    expect(renderToStaticMarkup(<SummaryList rows={[]} />)).toBe("");
  });
});
