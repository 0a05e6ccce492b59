import { toSegments } from "@/lib/catalogue/search/highlight";

/** Text with the search's matched words in <mark>. Everything is rendered as text, never HTML. */
export function Highlighted({ text }: { text: string }) {
  // Plain runs stay bare strings: a results page holds hundreds of them.
  return <>{toSegments(text).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
