import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "@/lib/catalogue/search/highlight";
import { facetOptionsHtml, highlightedHtml } from "./markup";

describe("the search page's markup", () => {
  it("marks matched words and escapes every character of the text around and inside them", () => {
    expect(highlightedHtml(`<script>alert("x")</script> & ${MARK_START}<b>vehicle</b>${MARK_END} 'tax'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>&lt;b&gt;vehicle&lt;/b&gt;</mark> &#39;tax&#39;",
    );
  });

  it("writes each filter option as a labelled checkbox, ticked when chosen, with every value escaped", () => {
    const html = facetOptionsHtml("organisation", [
      { value: "hmrc", label: "HM Revenue & Customs", count: 1234, checked: true },
      { value: '"><img src=x>', label: "<i>Odd</i>", count: 0, checked: false },
    ]);
    expect(html).toBe(
      '<li><input id="organisation-hmrc" type="checkbox" name="organisation" value="hmrc" checked><label for="organisation-hmrc">HM Revenue &amp; Customs <span>(1,234)</span></label></li>' +
        '<li><input id="organisation-&quot;&gt;&lt;img src=x&gt;" type="checkbox" name="organisation" value="&quot;&gt;&lt;img src=x&gt;"><label for="organisation-&quot;&gt;&lt;img src=x&gt;">&lt;i&gt;Odd&lt;/i&gt; <span>(0)</span></label></li>',
    );
  });
});
