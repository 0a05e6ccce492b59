import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Table } from "./Table";

const props = {
  caption: "APIs by organisation",
  head: ["Organisation", { text: "APIs", numeric: true, ariaSort: "descending" as const }],
  rows: [
    ["HM Revenue and Customs", 120],
    ["Ordnance Survey", 14],
  ],
};

describe("Table", () => {
  it("renders a caption and column headers with scope=col", () => {
    const html = renderToStaticMarkup(<Table {...props} />);
    expect(html).toMatch(/^<table [^>]*><caption [^>]*>APIs by organisation<\/caption><thead><tr>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="col" aria-sort="descending" class="[^"]*text-right[^"]*">APIs<\/th>/);
  });

  it("right-aligns numeric columns in the body with tabular figures", () => {
    const html = renderToStaticMarkup(<Table {...props} />);
    const cells = html.match(/<td [^>]*>[^<]*<\/td>/g) ?? [];
    expect(cells).toHaveLength(4);
    expect(cells[0]).not.toContain("text-right");
    expect(cells[1]).toMatch(/class="[^"]*text-right tabular-nums[^"]*">120</);
  });

  it("makes the first cell a row header when asked", () => {
    const html = renderToStaticMarkup(<Table {...props} firstCellIsHeader />);
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row" [^>]*>HM Revenue and Customs<\/th>/);
    expect(html.match(/<td /g)).toHaveLength(2);
  });

  it("works without a caption or head", () => {
    const html = renderToStaticMarkup(<Table rows={[["a", "b"]]} />);
    expect(html).not.toContain("<caption");
    expect(html).not.toContain("<thead");
    expect(html).toContain("<tbody><tr><td");
  });
});

describe("Table cells given as objects", () => {
  it("accepts { text, numeric } cells alongside plain content", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Organisations"
        captionClassName="sr-only"
        head={[{ text: "Organisation" }, { text: "APIs", numeric: true }]}
        rows={[
          [{ text: <a href="/organisations/hmrc">HMRC</a> }, { text: "1,200", numeric: true }],
          ["Total", { text: "1,214", colSpan: 1 }],
        ]}
      />,
    );
    expect(html).toMatch(/<caption class="[^"]*sr-only">Organisations<\/caption>/);
    expect(html).toContain('<a href="/organisations/hmrc">HMRC</a></td>');
    expect(html).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">1,200<\/td>/);
    expect(html).toMatch(/<td colSpan="1" class="[^"]*text-right[^"]*">1,214<\/td>/);
    expect(html).not.toContain("[object Object]");
  });
});
