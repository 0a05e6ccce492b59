import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Textarea } from "./Textarea";

describe("Textarea", () => {
  it("labels the field and keeps a plain HTML default value", () => {
    const html = renderToStaticMarkup(<Textarea id="description" name="description" label="Description" defaultValue={"Line one\nLine two"} />);
    expect(html).toContain('<label for="description"');
    expect(html).toMatch(/<textarea[^>]*id="description"[^>]*name="description"[^>]*rows="5"[^>]*>Line one\nLine two<\/textarea>/);
    expect(html).not.toContain("aria-invalid");
  });

  it("shows a hint and an error, wired to the field", () => {
    const html = renderToStaticMarkup(<Textarea id="d" name="d" label="Description" hint="What it does" error="Enter a description" />);
    expect(html).toMatch(/<textarea[^>]*aria-describedby="d-hint d-error"[^>]*aria-invalid="true"/);
    expect(html).toContain('<span class="sr-only">Error: </span>Enter a description');
  });
});
