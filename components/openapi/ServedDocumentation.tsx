import { Pagination } from "@/components/Pagination";
import { PART_OPERATIONS, type ContentsEntry, type ContentsOperation, type ContentsTag } from "@/lib/openapi/documentation/outline";
import type { ServedDocumentation as Served } from "@/lib/openapi/documentation";
import { SpecMarkdown, ServedOperation } from "./ServedOperation";

type Props = { served: Served; partHref: (part: number) => string };

/** Where the part heading is: a link to another part lands there. */
export const PART_ANCHOR = "documentation-part";

// A contents entry names an operation in a line or so: the section's heading has all of it.
const LABEL = 80;
const label = (name: string) => (name.length <= LABEL ? name : `${name.slice(0, Math.max(name.lastIndexOf(" ", LABEL - 1), LABEL / 2))}…`);

function OperationLink({ operation, href }: { operation: ContentsOperation; href: string }) {
  return (
    <li>
      <a href={href}>
        <b>{operation.method}</b>
        {` ${label(operation.name)}${operation.deprecated ? " (deprecated)" : ""}`}
      </a>
    </li>
  );
}

/** Entries in order, each run of operations of no tag gathered, as a tag's are. */
type Shown = ContentsTag | Extract<ContentsEntry, { kind: "group" }> | { kind: "untagged"; operations: ContentsOperation[] };
function gathered(entries: ContentsEntry[]): Shown[] {
  const shown: Shown[] = [];
  for (const entry of entries) {
    const last = shown.at(-1);
    if (entry.kind !== "operation") shown.push(entry);
    else if (last?.kind === "untagged") last.operations.push(entry);
    else shown.push({ kind: "untagged", operations: [entry] });
  }
  return shown;
}

const count = (operations: ContentsOperation[]) => ` (${operations.length === 1 ? "1 operation" : `${operations.length} operations`})`;

/**
 * Every tag, with the operations of this part's tags, each linking to its section: on this page
 * for this part's, on its part's page for the others. Other tags' operations (and operations of
 * no tag, elsewhere) are listed on the pages of their parts: GitHub's REST API has 1,493
 * operations, and all of them would weigh more than the rest of the page.
 */
function Contents({ entries, current, href }: { entries: ContentsEntry[]; current: number; href: (part: number, id: string) => string }) {
  const here = (operations: ContentsOperation[]) => operations.some((o) => o.part === current);
  const links = (operations: ContentsOperation[]) => operations.map((o, i) => <OperationLink key={i} operation={o} href={href(o.part, o.id)} />);
  const entry = (e: Shown, i: number) => {
    if (e.kind === "group") {
      return (
        <li key={i}>
          <span className="font-bold">{e.name}</span>
          <ul>{gathered(e.entries).map(entry)}</ul>
        </li>
      );
    }
    if (e.kind === "untagged") {
      if (here(e.operations)) return links(e.operations);
      const first = e.operations[0]!;
      return (
        <li key={i}>
          <a href={href(first.part, first.id)}>Operations with no tag</a>
          {count(e.operations)}
        </li>
      );
    }
    return (
      <li key={i}>
        <a href={href(e.operations[0]!.part, e.id)}>{e.name}</a>
        {count(e.operations)}
        {here(e.operations) ? <ul>{links(e.operations)}</ul> : null}
      </li>
    );
  };
  return <ul>{gathered(entries).map(entry)}</ul>;
}

/**
 * The documentation as the server renders it from the stored outline of a revision
 * (lib/openapi/documentation): readable and navigable without JavaScript. With JavaScript, the
 * interactive view replaces it once drawn (./ApiDocumentation.tsx).
 */
export function ServedDocumentation({ served: { contents, part }, partHref }: Props) {
  // Relative to this page: "#…" on it, "?documentation=3#…" on another part of it.
  const href = (number: number, id: string) => `${number === part.number ? "" : partHref(number)}#${id}`;
  const first = (part.number - 1) * PART_OPERATIONS + 1;
  const shown = part.entries.filter((e) => e.kind === "operation").length;
  return (
    <div data-testid="api-documentation-served" className="mb-8">
      <nav aria-labelledby="documentation-contents" className="spec-contents mb-6 border border-border p-4">
        <h4 id="documentation-contents" className="mb-2 text-lg font-bold">
          Contents: {contents.operations === 1 ? "1 operation" : `${contents.operations.toLocaleString("en-GB")} operations`}
        </h4>
        <Contents entries={contents.entries} current={part.number} href={href} />
      </nav>
      {contents.parts > 1 ? (
        <p id={PART_ANCHOR} className="mb-4 text-secondary-text">
          Part {part.number} of {contents.parts}: operations {first} to {first + shown - 1}.
        </p>
      ) : null}
      {part.intro ? (
        <div className="mb-6">
          <h4 className="mb-2 text-2xl font-bold">
            {part.intro.title} {part.intro.version ? <span className="font-normal">({part.intro.version})</span> : null}
          </h4>
          {part.intro.description ? <SpecMarkdown html={part.intro.description} /> : null}
          {part.intro.servers.length ? (
            <ul className="mt-3">
              {part.intro.servers.map((server) => (
                <li key={server.url}>
                  Served at <code className="break-all">{server.url}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {part.entries.map((entry) =>
        entry.kind === "tag" ? (
          <div key={`${entry.id}-heading`} id={entry.continued ? undefined : entry.id} className="mb-4 mt-8">
            <h4 className="text-2xl font-bold">
              {entry.name}
              {entry.continued ? " (continued)" : ""}
            </h4>
            {entry.description ? <SpecMarkdown html={entry.description} /> : null}
          </div>
        ) : (
          <ServedOperation key={entry.id} operation={entry} />
        ),
      )}
      <Pagination page={part.number} pageCount={contents.parts} hrefFor={(n) => `${partHref(n)}#${PART_ANCHOR}`} label="Parts of the documentation" />
    </div>
  );
}
