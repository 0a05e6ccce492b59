import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Hint } from "./Hint";

describe("Hint", () => {
  it("renders the hint with its id in secondary text colour", () => {
    expect(renderToStaticMarkup(<Hint id="q-hint">For example, VAT</Hint>)).toMatch(
      /^<div id="q-hint" class="[^"]*text-secondary-text[^"]*">For example, VAT<\/div>$/,
    );
  });
});
