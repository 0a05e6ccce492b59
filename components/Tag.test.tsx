import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { TAG_COLOURS, Tag, type TagColour } from "./Tag";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("Tag", () => {
  it("renders a strong element with the chosen colour classes", () => {
    const html = renderToStaticMarkup(<Tag colour="red">Retired</Tag>);
    expect(html).toMatch(/^<strong class="[^"]*bg-\[#f4cdc6\] text-\[#2a0b06\][^"]*">Retired<\/strong>$/);
  });

  it("defaults to blue", () => {
    expect(renderToStaticMarkup(<Tag>Beta</Tag>)).toContain(TAG_COLOURS.blue);
  });

  it.each(Object.keys(TAG_COLOURS) as TagColour[])("%s text meets WCAG AA contrast (4.5:1)", (colour) => {
    const classes = TAG_COLOURS[colour];
    const bg = /bg-\[(#[0-9a-f]{6})\]/.exec(classes)?.[1];
    const fg = /text-\[(#[0-9a-f]{6})\]/.exec(classes)?.[1];
    expect(bg && fg).toBeTruthy();
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });
});
