import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { NotificationBanner } from "./NotificationBanner";

function titleId(html: string): string {
  return /<h2 id="([^"]+)"/.exec(html)?.[1] ?? "";
}

describe("NotificationBanner", () => {
  it("is a region labelled by its 'Important' title by default", () => {
    const html = renderToStaticMarkup(<NotificationBanner heading="The catalogue is being updated">It will be back soon.</NotificationBanner>);
    const id = titleId(html);
    expect(id).not.toBe("");
    expect(html).toMatch(new RegExp(`^<div role="region" aria-labelledby="${id}"`));
    expect(html).toContain(">Important</h2>");
    expect(html).toContain("The catalogue is being updated</p>");
    expect(html).toContain("It will be back soon.");
    expect(html).not.toContain("tabindex");
    expect(html).toContain("border-brand");
  });

  it("makes a success banner an alert that can take focus", () => {
    const html = renderToStaticMarkup(<NotificationBanner type="success" heading="API saved" />);
    const id = titleId(html);
    expect(html).toMatch(new RegExp(`^<div role="alert" aria-labelledby="${id}"[^>]*tabindex="-1"`));
    expect(html).toContain(">Success</h2>");
    expect(html).toContain("border-success");
  });

  it("can leave focus alone and use a custom title", () => {
    const html = renderToStaticMarkup(<NotificationBanner type="success" title="Done" autoFocus={false} />);
    expect(html).toMatch(/^<div role="alert"/);
    expect(html).not.toContain("tabindex");
    expect(html).toContain(">Done</h2>");
  });

  it("gives two banners different title ids", () => {
    const html = renderToStaticMarkup(
      <>
        <NotificationBanner>One</NotificationBanner>
        <NotificationBanner>Two</NotificationBanner>
      </>,
    );
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });
});
