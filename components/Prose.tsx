import { toBlocks } from "@/lib/catalogue/text";

/** Publisher-written text as paragraphs and lists; always rendered as text. */
export function Prose({ text }: { text: string }) {
  return (
    <div className="max-w-2xl space-y-4">
      {toBlocks(text).map((block, i) =>
        block.kind === "paragraph" ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i} className="ml-5 list-disc space-y-1">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
