import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ErrorSummary } from "./ErrorSummary";

const errors = [
  { href: "#search-q", text: "Enter a search term" },
  { href: "#lifecycle", text: "Select at least one lifecycle" },
];

describe("ErrorSummary", () => {
  it("is a focusable alert titled 'There is a problem'", () => {
    const html = renderToStaticMarkup(<ErrorSummary errors={errors} />);
    expect(html).toMatch(/^<div tabindex="-1" class="[^"]*border-error[^"]*"><div role="alert"><h2[^>]*>There is a problem<\/h2>/);
  });

  it("links each error to the id of its field", () => {
    const html = renderToStaticMarkup(<ErrorSummary errors={errors} />);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["#search-q", "Enter a search term"],
      ["#lifecycle", "Select at least one lifecycle"],
    ]);
    expect(html.match(/<li /g)).toHaveLength(2);
  });

  it("can show a different title and a description", () => {
    const html = renderToStaticMarkup(<ErrorSummary title="Check your answers" description="Some fields need fixing." errors={errors} />);
    expect(html).toContain(">Check your answers</h2>");
    expect(html).toContain("<p");
    expect(html).toContain("Some fields need fixing.</p>");
  });

  it("renders nothing when there are no errors", () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe("");
  });
});
