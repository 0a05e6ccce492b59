import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { OGL_URL } from "@/components/Footer";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { Table } from "@/components/Table";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/open-data/changes";

// Feed readers find the change feed from the page (feed autodiscovery).
export const metadata: Metadata = { title: "Download the catalogue's data", alternates: { types: { "application/atom+xml": "/data/changes.atom" } } };

/** A link to a file; `of`: what it is of, for screen readers when the visible text is the same in each row. */
const file = (href: string, text: string, of?: string) => (
  <a className="govuk-link" href={href}>
    {text}
    {of ? <span className="sr-only"> of {of}</span> : null}
  </a>
);
const DOWNLOADS = [
  { what: "APIs", csv: "/data/apis.csv", json: "/data/apis.json", metadata: "/data/apis.csv-metadata.json", holds: "Every API: api.gov.uk's 12 columns first, in its order and form, then the catalogue's own (identifier, page, system, lifecycle, visibility, authentication, tags)." },
  { what: "Systems", csv: "/data/systems.csv", json: "/data/systems.json", metadata: "/data/systems.csv-metadata.json", holds: "Every system, the organisation that runs it, its lifecycle, hosting and owning team." },
  { what: "Connections", csv: "/data/connections.csv", json: "/data/connections.json", metadata: "/data/connections.csv-metadata.json", holds: "Every documented flow of data between two systems: which way, how, whether personal data flows, and whether the other end confirmed it." },
];

export default function OpenDataPage() {
  return (
    <div className="max-w-[760px]">
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Download the data" }]} />
      <PageHeading>Download the catalogue&apos;s data</PageHeading>
      <p className="govuk-body-l">Take a copy of the whole catalogue to use in your own tools, and keep it up to date from the change feed.</p>
      <InsetText>
        You may copy, publish and adapt this data, including commercially, under the <a className="govuk-link" href={OGL_URL}>Open Government Licence v3.0</a>. Say that it comes from the API Catalogue.
      </InsetText>

      <h2 className="govuk-heading-m">The whole catalogue</h2>
      <p className="govuk-body">Each file holds every record you may see, not just one page of a list. If you are not signed in, that is what is published for everyone; signed in, it also holds your organisation&apos;s records that are not public. Records come in the order of their identifiers, which never change.</p>
      <Table
        caption="Downloads"
        captionClassName="sr-only"
        head={["Data", "What it holds", "Files"]}
        firstCellIsHeader
        rows={DOWNLOADS.map((d) => [
          d.what,
          d.holds,
          <ul key="files" className="m-0 list-none p-0">
            <li>{file(d.csv, "CSV", d.what.toLowerCase())}</li>
            <li>{file(d.json, "JSON", d.what.toLowerCase())}</li>
            <li>{file(d.metadata, "Column descriptions", d.what.toLowerCase())}</li>
          </ul>,
        ])}
      />
      <h3 className="govuk-heading-s">If you use api.gov.uk&apos;s catalogue.csv</h3>
      <p className="govuk-body">The APIs&apos; CSV starts with exactly the columns of api.gov.uk&apos;s catalogue.csv, with dates as YYYY-MM-DD and line breaks in descriptions written as \n, so a tool that reads that file reads this one. Its columns are described in <a className="govuk-link" href="https://www.w3.org/TR/tabular-data-primer/">CSV on the Web</a> metadata, as api.gov.uk describes its own. A cell that starts with =, +, - or @ has a &apos; in front, so that no spreadsheet runs it as a formula.</p>
      <p className="govuk-body">The JSON files hold the same records as objects, with lists as lists and true or false for yes and no: <code>{`{ "licence": "…", "apis": [ … ] }`}</code>.</p>

      <h2 className="govuk-heading-m">Changes as they happen</h2>
      <p className="govuk-body">Instead of downloading everything again, follow the changes. Each change says which record changed (its type and identifier), when, whether it was created, updated or removed, and the record as it is now, in the same shape as in the JSON download.</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{file("/data/changes.json", "Changes as JSON")}: oldest first, {DEFAULT_LIMIT} at a time (ask for up to {MAX_LIMIT} with <code>limit</code>).</li>
        <li>{file("/data/changes.atom", "Changes as an Atom feed")}: newest first, for a feed reader; each page links to the one of older changes.</li>
      </ul>
      <h3 className="govuk-heading-s">How to keep a copy up to date</h3>
      <ol className="govuk-list govuk-list--number">
        <li>Start from an empty copy and ask for <code>/data/changes.json</code>.</li>
        <li>For each change in order, put its record into your copy, or take the record out if it was removed.</li>
        <li>The answer&apos;s <code>cursor</code> marks where you got to. Keep it, and next time ask for <code>/data/changes.json?after=</code> followed by that cursor. While <code>more</code> is true, ask again straight away.</li>
      </ol>
      <p className="govuk-body">A cursor is a code to give back, not a number to work with. One the feed did not give out gets an error with the code <code>bad_cursor</code>. A record you can no longer see (made internal, or deleted) comes as removed, so your copy stays the same as the download.</p>

      <h2 className="govuk-heading-m">For data catalogues</h2>
      <p className="govuk-body">{file("/data/catalogue.jsonld", "The catalogue in DCAT-AP")} (JSON-LD) lists every API as a data service, with its address, its OpenAPI description where there is one, its publisher and its contact, and these downloads as data sets.</p>
      <p className="govuk-body"><Link className="govuk-link" href="/about">Find out where the data comes from</Link>.</p>
    </div>
  );
}
