import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { markdownHtml } from "@/lib/openapi/documentation/markdown";
import { documentationOf } from "@/lib/openapi/documentation/outline";
import { markup } from "@/lib/openapi/documentation/testing";
import { TEXT, URL_ } from "@/lib/openapi/hostile-testing";
import { ApiDocumentationSection } from "./ApiDocumentationSection";

// The hostile text in every field, names, paths, anchors and media types among them.
const hostile = {
  openapi: "3.0.3",
  info: { title: TEXT, version: TEXT, description: TEXT },
  servers: [{ url: URL_, description: TEXT }],
  tags: [{ name: TEXT, description: TEXT }],
  paths: {
    [`/v1/${TEXT}`]: {
      get: {
        tags: [TEXT],
        operationId: `"><img src=x onerror=alert(1)>`,
        summary: TEXT,
        description: TEXT,
        parameters: [{ name: TEXT, in: "query", description: TEXT, schema: { type: "string", format: TEXT, enum: [TEXT] } }],
        responses: { "200": { description: TEXT, content: { [TEXT]: { schema: { type: "object", title: TEXT, properties: { [TEXT]: { type: "string", description: TEXT } } } } } } },
      },
    },
  },
};

/** The documentation of 45 operations in two tags, as the server renders its `part`. */
function render(doc: unknown, part = 1) {
  const { contents, parts } = documentationOf(doc, markdownHtml);
  return renderToStaticMarkup(<ApiDocumentationSection slug="things" revisionId="rev1" served={{ contents, part: parts[part - 1]! }} />);
}

const things = () => {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 45; i++) paths[`/things/${i}`] = { get: { tags: [i < 30 ? "first" : "second"], operationId: `thing${i}`, summary: `Thing ${i}`, responses: {} } };
  return { openapi: "3.0.3", info: { title: "Things", version: "1" }, paths };
};

describe("the documentation the server renders", () => {
  it("shows a spec's text as text: no script, element, attribute or link of the publisher's reaches the page", () => {
    const html = render(hostile);
    expect(html).toContain("data-testid=\"api-documentation-served\"");
    const { tags, attributes, hrefs } = markup(html);
    expect(tags.filter((tag) => ["script", "img", "iframe", "style", "object", "embed"].includes(tag))).toEqual([]);
    expect(attributes.filter((name) => name.startsWith("on") || name === "style" || name === "src")).toEqual([]);
    expect(hrefs.filter((href) => !/^(#|\?documentation=|\/apis\/things)/.test(href))).toEqual([]);
    // Plain-text fields (names, titles, paths, types) show the markup as text; Markdown fields lose it.
    expect(html).toContain("Hostile text &lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(html).toContain("<p>Hostile text window.__pwned=1  a Markdown link an HTML link</p>");
    // A server's address is text, never a link.
    expect(html).toContain(`Served at <code class="break-all">${URL_.replace(/"/g, "&quot;")}</code>`);
  });

  it("gives each operation and tag Redoc's anchor, and links the contents to them: on this page, or on the page of their part", () => {
    const first = render(things());
    expect(first).toContain('<section id="tag/first/operation/thing0"');
    expect(first).toContain('<div id="tag/first"');
    expect(first).toContain('<a href="#tag/first/operation/thing0"><b>GET</b> Thing 0</a>');
    expect(first).toContain('<a href="?documentation=2#tag/first/operation/thing20"><b>GET</b> Thing 20</a>');
    // A tag none of whose operations are in this part links to where it starts; its operations are listed there.
    expect(first).toContain('<a href="?documentation=2#tag/second">second</a> (15 operations)</li>');
    expect(first).not.toContain("Thing 44");

    const third = render(things(), 3);
    expect(third).toContain("Part 3 of 3: operations 41 to 45.");
    expect(third).toContain('<a href="/apis/things#tag/first">first</a> (30 operations)</li>');
    expect(third).toContain('<a href="#tag/second/operation/thing44"><b>GET</b> Thing 44</a>');
    expect(third).toContain('<h4 class="text-2xl font-bold">second (continued)</h4>');
    expect(third).toMatch(/<a [^>]*href="\?documentation=2#documentation-part"[^>]*>/);
  });

  it("gathers operations of no tag as a tag's: listed on the pages of their parts, one link elsewhere", () => {
    const doc = things();
    for (let i = 0; i < 10; i++) (doc.paths as Record<string, unknown>)[`/loose/${i}`] = { get: { operationId: `loose${i}`, summary: `Loose ${i}`, responses: {} } };
    expect(render(doc)).toContain('<a href="?documentation=3#operation/loose0">Operations with no tag</a> (10 operations)</li>');
    expect(render(doc, 3)).toContain('<li><a href="#operation/loose0"><b>GET</b> Loose 0</a></li>');
  });

  it("is the documentation until the interactive view takes over: it does not say that it needs JavaScript", () => {
    const html = render(things());
    expect(html).toContain('data-testid="api-documentation" data-state="waiting"');
    expect(html).not.toContain("needs JavaScript");
  });
});
