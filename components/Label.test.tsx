import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Label } from "./Label";

describe("Label", () => {
  it("labels the field it is for", () => {
    expect(renderToStaticMarkup(<Label htmlFor="q">Search</Label>)).toMatch(/^<label for="q" class="[^"]*">Search<\/label>$/);
  });

  it("can be the page heading, at a larger size", () => {
    const html = renderToStaticMarkup(
      <Label htmlFor="q" size="l" isPageHeading>
        Search
      </Label>,
    );
    expect(html).toMatch(/^<h1 class="m-0"><label for="q" class="[^"]*font-bold[^"]*">Search<\/label><\/h1>$/);
  });
});
