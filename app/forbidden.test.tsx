import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import Forbidden, { metadata } from "./forbidden";

describe("the 403 page", () => {
  it("says plainly what happened and what to do", () => {
    const html = renderToStaticMarkup(<Forbidden />);
    expect(metadata.title).toBe("You do not have permission to do this");
    expect(html).toContain(">You do not have permission to do this</h1>");
    expect(html).toContain("ask an administrator of the API Catalogue to add you to it");
    expect(html).toMatch(/<a class="govuk-link" href="\/apis">search for an API<\/a>/);
  });
});
