import { Details } from "@/components/Details";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import type { StandardsMessage, StandardsSummary, StandardsVerdict } from "@/lib/standards/result";

const OUTCOME = {
  pass: { text: "Meets it", colour: "green" },
  fail: { text: "Falls short", colour: "red" },
  "not-applicable": { text: "Does not apply", colour: "grey" },
  unchecked: { text: "Could not be checked", colour: "yellow" },
} as const;

/** Up to this many findings are listed in the row; more go behind "Show all N findings". */
const FINDINGS_SHOWN = 5;

const points = (point: number | number[]) => (Array.isArray(point) ? point.join(", ") : String(point));

function Findings({ messages }: { messages: StandardsMessage[] }) {
  if (!messages.length) return null;
  const list = (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-base">
      {messages.map((m, i) => (
        <li key={i}>
          {m.line ? <span className="font-mono">Line {m.line}: </span> : null}
          {m.message}
        </li>
      ))}
    </ul>
  );
  return messages.length > FINDINGS_SHOWN ? <Details className="mt-2" summary={`Show all ${messages.length} findings`}>{list}</Details> : list;
}

function Why({ row }: { row: StandardsVerdict }) {
  if (row.reason === "not-a-dataset") return <p className="mt-2 text-base">Applies only to an API that serves a dataset, and this one is not recorded as serving one.</p>;
  if (row.reason !== "unresolved-refs") return null;
  return (
    <p className="mt-2 text-base">
      It needs the whole description, and some of its references could not be followed, so it counts as not met.
      {row.messages.length ? " In the part it could see it found:" : ""}
    </p>
  );
}

/** The standard's points, one row per rule: its words, how to meet it, the result and every finding with its line. */
export function StandardsTable({ summary }: { summary: StandardsSummary }) {
  return (
    <Table
      caption="The GDS API standards, point by point"
      captionSize="m"
      head={[{ text: "Point", numeric: true }, { text: "Check" }, { text: "Result" }]}
      rows={summary.rows.map((row) => [
        { text: points(row.point), numeric: true },
        {
          text: (
            <>
              <span className="font-bold">{row.title}</span>
              <span className="text-secondary-text"> ({row.severity === "error" ? "requirement" : "advice"})</span>
              {row.quote ? (
                <p className="mt-2 text-base">
                  <span className="font-bold">The standard says: </span>“{row.quote}”
                </p>
              ) : null}
              {row.fix ? (
                <p className="mt-1 text-base">
                  <span className="font-bold">How to meet it: </span>
                  {row.fix}
                </p>
              ) : null}
              <Why row={row} />
              <Findings messages={row.messages} />
            </>
          ),
        },
        { text: <Tag colour={OUTCOME[row.outcome].colour}>{OUTCOME[row.outcome].text}</Tag> },
      ])}
    />
  );
}
