import { Table } from "../Table";

export type ChangeRow = { field: string; label: string; before: string | null; after: string | null };

const NOT_SET = <span className="text-secondary-text">Not set</span>;
const NOT_SHOWN = <span className="text-secondary-text">Not shown</span>;

function Value({ text }: { text: string | null }) {
  // Free text keeps its line breaks; long URLs and hashes wrap instead of widening the page.
  return text === null ? NOT_SET : <span className="whitespace-pre-line wrap-anywhere">{text}</span>;
}

/**
 * Before and after, one row per field. A record that was created (or deleted) has only one
 * side, so it gets a single value column. A side the viewer could not see then is "Not shown".
 */
export function ChangeTable({ changes, caption, withheld }: { changes: readonly ChangeRow[]; caption: string; withheld?: "before" | "after" }) {
  if (changes.length === 0) return null;
  const created = !withheld && changes.every((c) => c.before === null);
  const removed = !withheld && changes.every((c) => c.after === null);
  if (created || removed) {
    return (
      <Table
        caption={caption}
        captionClassName="sr-only"
        head={["Field", removed ? "Value before" : "Value"]}
        firstCellIsHeader
        rows={changes.map((c) => [c.label, <Value key="v" text={removed ? c.before : c.after} />])}
      />
    );
  }
  return (
    <Table
      caption={caption}
      captionClassName="sr-only"
      head={["Field", "Before", "After"]}
      firstCellIsHeader
      rows={changes.map((c) => [c.label, withheld === "before" ? NOT_SHOWN : <Value key="b" text={c.before} />, withheld === "after" ? NOT_SHOWN : <Value key="a" text={c.after} />])}
    />
  );
}
