import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ErrorMessage } from "./ErrorMessage";

describe("ErrorMessage", () => {
  it("renders the message with its id and a visually hidden Error: prefix", () => {
    const html = renderToStaticMarkup(<ErrorMessage id="q-error">Enter a search term</ErrorMessage>);
    expect(html).toMatch(/^<p id="q-error" class="[^"]*text-error[^"]*">/);
    expect(html).toContain('<span class="sr-only">Error: </span>Enter a search term</p>');
  });

  it("can change or drop the hidden prefix", () => {
    expect(renderToStaticMarkup(<ErrorMessage id="e" visuallyHiddenText="Gwall">x</ErrorMessage>)).toContain(">Gwall: </span>");
    expect(renderToStaticMarkup(<ErrorMessage id="e" visuallyHiddenText="">x</ErrorMessage>)).not.toContain("sr-only");
  });
});
