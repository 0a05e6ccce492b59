import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Pagination, paginationItems } from "./Pagination";

const hrefFor = (page: number) => `/apis?q=tax&page=${page}`;

function pageLinks(html: string): Array<[string, string]> {
  return [...html.matchAll(/<a [^>]*aria-label="Page (\d+)"[^>]*>(\d+)<\/a>/g)].map((m) => [m[1]!, m[2]!]);
}

describe("paginationItems", () => {
  it("shows every page when there are few", () => {
    expect(paginationItems(1, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("uses ellipses for gaps of more than one page", () => {
    expect(paginationItems(1, 10)).toEqual([1, 2, "ellipsis", 10]);
    expect(paginationItems(5, 10)).toEqual([1, "ellipsis", 4, 5, 6, "ellipsis", 10]);
    expect(paginationItems(10, 10)).toEqual([1, "ellipsis", 9, 10]);
  });

  it("shows a single missing page rather than an ellipsis", () => {
    expect(paginationItems(4, 10)).toEqual([1, 2, 3, 4, 5, "ellipsis", 10]);
  });
});

describe("Pagination", () => {
  it("renders nothing for one page or none", () => {
    expect(renderToStaticMarkup(<Pagination page={1} pageCount={1} hrefFor={hrefFor} />)).toBe("");
    expect(renderToStaticMarkup(<Pagination page={1} pageCount={0} hrefFor={hrefFor} />)).toBe("");
  });

  it("is a navigation landmark with previous, next and numbered links", () => {
    const html = renderToStaticMarkup(<Pagination page={5} pageCount={10} hrefFor={hrefFor} />);
    expect(html).toMatch(/^<nav aria-label="Pagination"/);
    expect(html).toMatch(/<a [^>]*rel="prev"[^>]*href="\/apis\?q=tax&amp;page=4"/);
    expect(html).toMatch(/<a [^>]*rel="next"[^>]*href="\/apis\?q=tax&amp;page=6"/);
    expect(html).toContain('Previous<span class="sr-only"> page</span>');
    expect(html).toContain('Next<span class="sr-only"> page</span>');
    expect(pageLinks(html).map(([n]) => n)).toEqual(["1", "4", "5", "6", "10"]);
    expect(html.match(/⋯/g)).toHaveLength(2);
  });

  it("marks only the current page with aria-current", () => {
    const html = renderToStaticMarkup(<Pagination page={5} pageCount={10} hrefFor={hrefFor} />);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toMatch(/<a [^>]*aria-label="Page 5" aria-current="page"[^>]*href="\/apis\?q=tax&amp;page=5"/);
  });

  it("leaves out Previous on the first page and Next on the last", () => {
    const first = renderToStaticMarkup(<Pagination page={1} pageCount={3} hrefFor={hrefFor} />);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const last = renderToStaticMarkup(<Pagination page={3} pageCount={3} hrefFor={hrefFor} />);
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
  });

  it("keeps an out-of-range page inside the range", () => {
    const html = renderToStaticMarkup(<Pagination page={99} pageCount={3} hrefFor={hrefFor} />);
    expect(html).toMatch(/aria-label="Page 3" aria-current="page"/);
    expect(renderToStaticMarkup(<Pagination page={Number.NaN} pageCount={3} hrefFor={hrefFor} />)).toMatch(
      /aria-label="Page 1" aria-current="page"/,
    );
  });
});
