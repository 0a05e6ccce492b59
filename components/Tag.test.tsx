import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { TAG_COLOURS, Tag, type TagColour } from "./Tag";

const stylesheet = fs.readFileSync(path.join(__dirname, "../app/globals.css"), "utf8");

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
  it("renders a strong element with the chosen colour's class", () => {
    expect(renderToStaticMarkup(<Tag colour="red">Retired</Tag>)).toBe('<strong class="tag tag-red">Retired</strong>');
  });

  it("defaults to blue and keeps extra classes", () => {
    expect(renderToStaticMarkup(<Tag className="ml-2">Beta</Tag>)).toBe('<strong class="tag tag-blue ml-2">Beta</strong>');
  });

  it.each(Object.keys(TAG_COLOURS) as TagColour[])("%s text meets WCAG AA contrast (4.5:1)", (colour) => {
    const { background, text } = TAG_COLOURS[colour];
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(TAG_COLOURS) as TagColour[])("the stylesheet gives %s the same colours", (colour) => {
    const { background, text } = TAG_COLOURS[colour];
    expect(stylesheet).toContain(`.tag-${colour} { background-color: ${background}; color: ${text}; }`);
  });
});
