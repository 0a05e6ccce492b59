import Link from "next/link";

type Kind = "apis" | "systems" | "connections";
const NAMES: Record<Kind, string> = { apis: "APIs", systems: "systems", connections: "connections" };

/**
 * The "Download this data" block on the home page and each list: the whole catalogue's data of
 * that kind (not just the page or filters shown), the change feed, and where the files are explained.
 */
export function DownloadData({ kinds }: { kinds: readonly Kind[] }) {
  return (
    <section aria-labelledby="download-data" className="mb-8 border-l-10 border-brand bg-light-grey p-4">
      <h2 id="download-data" className="mb-2 text-xl font-bold">Download this data</h2>
      <ul className="mb-2 space-y-1">
        {kinds.map((kind) => (
          <li key={kind}>
            All {NAMES[kind]} as <a className="govuk-link" href={`/data/${kind}.csv`} download>CSV<span className="sr-only"> ({NAMES[kind]})</span></a> or{" "}
            <a className="govuk-link" href={`/data/${kind}.json`} download>JSON<span className="sr-only"> ({NAMES[kind]})</span></a>
          </li>
        ))}
        <li>
          Changes as they happen: <a className="govuk-link" href="/data/changes.atom">Atom feed</a> or <a className="govuk-link" href="/data/changes.json">JSON</a>
        </li>
      </ul>
      <p className="m-0">
        <Link className="govuk-link" href="/data">What is in each file, and how you may use it</Link> (free to reuse under the Open Government Licence)
      </p>
    </section>
  );
}
