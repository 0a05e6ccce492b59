import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { BUTTON_VARIANTS, Button } from "./Button";

describe("Button", () => {
  it("renders a submit button by default, in the primary style", () => {
    const html = renderToStaticMarkup(<Button>Search</Button>);
    expect(html).toMatch(/^<button type="submit" class="[^"]*">Search<\/button>$/);
    expect(html).toContain(BUTTON_VARIANTS.primary);
    expect(html).not.toContain("data-module");
  });

  it("supports secondary and warning variants and other button types", () => {
    const secondary = renderToStaticMarkup(
      <Button variant="secondary" type="button" name="action" value="clear">
        Clear filters
      </Button>,
    );
    expect(secondary).toContain('type="button"');
    expect(secondary).toContain('name="action"');
    expect(secondary).toContain('value="clear"');
    expect(secondary).toContain(BUTTON_VARIANTS.secondary);
    expect(renderToStaticMarkup(<Button variant="warning">Delete</Button>)).toContain(BUTTON_VARIANTS.warning);
  });

  it("renders a link when given an href, without button-only attributes", () => {
    const html = renderToStaticMarkup(<Button href="/apis/export.csv">Download CSV</Button>);
    expect(html).toMatch(/^<a [^>]*href="\/apis\/export\.csv"[^>]*>Download CSV<\/a>$/);
    expect(html).toContain('draggable="false"');
    expect(html).not.toContain("type=");
    expect(html).not.toContain('role="button"');
  });

  it("has the GOV.UK yellow focus state", () => {
    const html = renderToStaticMarkup(<Button>Go</Button>);
    expect(html).toContain("focus-visible:bg-focus");
    expect(html).toContain("focus-visible:text-focus-text");
  });

  it("passes disabled through", () => {
    expect(renderToStaticMarkup(<Button disabled>Go</Button>)).toContain('disabled=""');
  });
});
