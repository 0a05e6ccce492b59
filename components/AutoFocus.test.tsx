import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { AutoFocus } from "./AutoFocus";

describe("AutoFocus", () => {
  it("renders a programmatically focusable div with the given attributes", () => {
    const html = renderToStaticMarkup(
      <AutoFocus role="alert" aria-labelledby="t" className="c">
        <h2 id="t">Saved</h2>
      </AutoFocus>,
    );
    expect(html).toBe('<div role="alert" aria-labelledby="t" class="c" tabindex="-1"><h2 id="t">Saved</h2></div>');
  });
});
