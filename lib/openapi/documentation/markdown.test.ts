import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { markdownHtml } from "./markdown";
import { markup } from "./testing";

const SCRIPT = "<script>window.__pwned=1</script>";
const HOSTILE = `Hostile text ${SCRIPT} <img src=x onerror="window.__pwned=1"> [a Markdown link](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">an HTML link</a>`;

// What the documentation's HTML may hold: the markup Markdown makes, and nothing from the spec.
const TAGS = new Set(["p", "a", "code", "pre", "em", "strong", "del", "ul", "ol", "li", "h6", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "div"]);
const ATTRIBUTES = new Set(["href", "title", "class", "role", "aria-label", "tabindex", "start", "align"]);

function expectSafe(html: string) {
  const { tags, attributes, hrefs } = markup(html);
  expect(tags.filter((t) => !TAGS.has(t)), html).toEqual([]);
  expect(attributes.filter((a) => !ATTRIBUTES.has(a)), html).toEqual([]);
  expect(hrefs.filter((h) => !/^(https?:\/\/|mailto:)/i.test(h)), html).toEqual([]);
}

describe("markdownHtml", () => {
  it("turns a spec's HTML into its text, and a link anywhere but the web or email into its words", () => {
    const html = markdownHtml(HOSTILE);
    expect(html).toBe("<p>Hostile text window.__pwned=1  a Markdown link an HTML link</p>");
    expectSafe(html);
  });

  it("keeps links to web and email addresses, and escapes what they say", () => {
    expect(markdownHtml('See [the docs](https://docs.example.gov.uk/x "It\'s here") or <https://example.gov.uk>, www.example.gov.uk and team@example.gov.uk.')).toBe(
      '<p>See <a href="https://docs.example.gov.uk/x" title="It&#39;s here">the docs</a> or <a href="https://example.gov.uk">https://example.gov.uk</a>, <a href="http://www.example.gov.uk">www.example.gov.uk</a> and <a href="mailto:team@example.gov.uk">team@example.gov.uk</a>.</p>',
    );
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    "[x](/admin)",
    "[x]: javascript:alert(1)\n\n[x]",
    "<javascript:alert(1)>",
  ])("gives no link for %s", (text) => {
    const html = markdownHtml(text);
    expect(markup(html).hrefs).toEqual([]);
    expectSafe(html);
  });

  it("draws no images: their words instead, so no reader's browser fetches what the publisher chose", () => {
    expect(markdownHtml("A map: ![the <b>map</b>](https://example.gov.uk/map.png)")).toBe("<p>A map: the map</p>");
  });

  it("keeps code as text, and HTML blocks as their text in a paragraph", () => {
    expect(markdownHtml("Use `<b>` and\n\n```\n<script>x</script>\n```")).toBe("<p>Use <code>&lt;b&gt;</code> and</p>\n<pre><code>&lt;script&gt;x&lt;/script&gt;\n</code></pre>");
    expect(markdownHtml("<p>Some <b>bold</b> text</p>\n\nafter")).toBe("<p>Some bold text</p>\n<p>after</p>");
  });

  it("puts a description's headings below the operation's, and a wide table in a box that scrolls and takes focus", () => {
    expect(markdownHtml("# Errors")).toBe("<h6>Errors</h6>");
    const table = markdownHtml("| Scenario | Header |\n|---|---|\n| Late | `GOV-Test-Scenario: LATE` |");
    expect(table).toMatch(/^<div class="overflow-x-auto" role="region" aria-label="Table \(scrolls sideways\)" tabindex="0"><table>/);
    expectSafe(table);
  });

  it("writes a task list's boxes as text: a checkbox would be a form control with no label", () => {
    expect(markdownHtml("- [x] done\n- [ ] not yet")).toBe("<ul>\n<li>[x] done</li>\n<li>[ ] not yet</li>\n</ul>");
  });

  it("gives plain one-line text as a paragraph, as Markdown would", () => {
    expect(markdownHtml("  The slug version of the enterprise name.  ")).toBe("<p>The slug version of the enterprise name.</p>");
    expect(markdownHtml("1. first")).toBe("<ol>\n<li>first</li>\n</ol>");
    expect(markdownHtml("Costs £5 & more")).toBe("<p>Costs £5 &amp; more</p>");
  });

  it("makes nothing but safe markup of any description in the real specs", () => {
    const dir = path.resolve(process.cwd(), "../shared/data/specs");
    const texts = new Set<string>();
    const walk = (node: unknown) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "description" && typeof value === "string") texts.add(value);
        else walk(value);
      }
    };
    for (const file of fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f))) walk(YAML.parse(fs.readFileSync(path.join(dir, file), "utf8")));
    expect(texts.size).toBeGreaterThan(500);
    for (const text of texts) expectSafe(markdownHtml(text));
  });
});
