import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { TextInput } from "./TextInput";

function inputTag(html: string): string {
  return /<input[^>]*\/?>/.exec(html)?.[0] ?? "";
}

describe("TextInput", () => {
  it("labels the input and keeps a plain HTML default value", () => {
    const html = renderToStaticMarkup(<TextInput id="q" name="q" label="Search APIs" defaultValue="tax" type="search" />);
    expect(html).toContain('<label for="q"');
    const input = inputTag(html);
    expect(input).toContain('id="q"');
    expect(input).toContain('name="q"');
    expect(input).toContain('type="search"');
    expect(input).toContain('value="tax"');
    expect(input).not.toContain("aria-describedby");
    expect(input).not.toContain("aria-invalid");
    expect(html).not.toContain("border-error");
  });

  it("describes the input by its hint", () => {
    const html = renderToStaticMarkup(<TextInput id="q" name="q" label="Search" hint="For example, VAT" />);
    expect(html).toContain('<div id="q-hint"');
    expect(inputTag(html)).toContain('aria-describedby="q-hint"');
  });

  it("shows an error: message with hidden prefix, describedby, invalid state and red border", () => {
    const html = renderToStaticMarkup(
      <TextInput id="q" name="q" label="Search" hint="Hint" error="Enter a search term" aria-describedby="other" />,
    );
    expect(html).toContain('<p id="q-error"');
    expect(html).toContain('<span class="sr-only">Error: </span>Enter a search term');
    const input = inputTag(html);
    expect(input).toContain('aria-describedby="q-hint q-error other"');
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain("border-error");
    expect(html).toMatch(/^<div class="[^"]*border-l-5 border-error/);
    // The error message comes after the hint and before the input.
    expect(html.indexOf("q-hint")).toBeLessThan(html.indexOf("q-error"));
    expect(html.indexOf("q-error")).toBeLessThan(html.indexOf("<input"));
  });

  it("passes native attributes through", () => {
    const input = inputTag(
      renderToStaticMarkup(<TextInput id="e" name="e" label="Email" type="email" autoComplete="email" spellCheck={false} width="20" />),
    );
    expect(input).toContain('autoComplete="email"');
    expect(input).toContain('spellCheck="false"');
    expect(input).toContain("max-w-[20.5em]");
  });
});
