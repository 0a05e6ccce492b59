/**
 * A description's Markdown as HTML that is safe to put in our pages, for the documentation the
 * server renders (./outline.ts). A spec's text is the publisher's, shown to everyone else, so no
 * raw HTML from it reaches the page: HTML written in the Markdown becomes its text, tags removed
 * and escaped. Everything else is markup marked makes around escaped text; of that, links lead
 * only to http(s) and mailto addresses (any other is its text alone), and images become their
 * alt text (an image would have every reader's browser fetch an address the publisher chose).
 */
import { Marked, Renderer, type Tokens } from "marked";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
/** HTML's text: its tags (and any unfinished one) removed, the rest escaped. */
const textOf = (html: string) => escape(html.replace(/<[^>]*>?/g, "").trim());

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = textOf(token.text);
      return "block" in token && token.block ? (text ? `<p>${text}</p>\n` : "") : text;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href.trim())) return text;
      return `<a href="${escape(href.trim())}"${title ? ` title="${escape(title)}"` : ""}>${text}</a>`;
    },
    image: ({ text }: Tokens.Image) => textOf(text),
    checkbox: ({ checked }: Tokens.Checkbox) => (checked ? "[x] " : "[ ] "),
    // The documentation's headings go down to h5 (an operation): a description's own are h6.
    heading({ tokens }: Tokens.Heading) {
      return `<h6>${this.parser.parseInline(tokens)}</h6>\n`;
    },
    // A table wider than the page scrolls sideways in a box that takes keyboard focus (WCAG 2.1.1).
    table(token: Tokens.Table) {
      return `<div class="overflow-x-auto" role="region" aria-label="Table (scrolls sideways)" tabindex="0">${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
  },
});

// Text that Markdown leaves as it is (one line of words and plain punctuation, nothing that could
// start a list or make a link or an address) is most descriptions: it needs no parsing, and holds
// nothing to escape.
const PLAIN = /^(?![\d+-])[\p{L}\p{N} ,.;:'"()?%$/-]*$/u;

/** The HTML of one description (Markdown, CommonMark with GitHub's tables and links). */
export function markdownHtml(text: string): string {
  const trimmed = text.trim();
  if (PLAIN.test(trimmed) && !/www\.|:\/\//i.test(trimmed)) return `<p>${trimmed}</p>`;
  return marked.parse(trimmed, { async: false }).trim();
}

/** markdownHtml, each text worked out once: a big spec repeats the same descriptions many times. */
export function markdownCache(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let html = seen.get(text);
    if (html === undefined) seen.set(text, (html = markdownHtml(text)));
    return html;
  };
}
