export type Block = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/**
 * Splits free text from publishers into paragraphs and bulleted lists ("- " or "* " lines),
 * so descriptions read as they were written without ever being treated as HTML or Markdown.
 */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter(Boolean);
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: "list", items: list });
      list = [];
    };
    for (const line of lines) {
      const item = /^[-*•]\s+(.*)$/.exec(line);
      if (item) {
        flushParagraph();
        list.push(item[1]!);
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** Dates are stored in UTC and shown as ISO 8601 calendar dates. */
export function isoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
