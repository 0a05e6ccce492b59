/** Markers the database puts around matched words; they cannot occur in stored text. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export type Segment = { text: string; match: boolean };

/** Splits highlighted text into plain and matched runs, for rendering as text and <mark>. */
export function toSegments(highlighted: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  let buffer = "";
  const flush = () => {
    if (buffer) segments.push({ text: buffer, match });
    buffer = "";
  };
  for (const char of highlighted) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      match = char === MARK_START;
    } else {
      buffer += char;
    }
  }
  flush();
  return segments;
}

/** The opening of a long text, cut at a word boundary. */
export function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6))}…`;
}
