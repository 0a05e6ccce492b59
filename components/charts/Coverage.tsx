import Link from "next/link";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { COVERAGE_MEASURES, formatShare, type CoverageFigures, type Measure, type OrganisationCoverage } from "@/lib/estate/coverage";
import { LazyBarChart } from "./LazyBarChart";

const figure = (n: number) => n.toLocaleString("en-GB");

/** "24 of 41 (59%)": a measure as people read it. */
export function measureText(m: Measure): string {
  return `${figure(m.count)} of ${figure(m.total)} (${formatShare(m)})`;
}

/** Why these figures matter, in the reference architecture's words. */
export function CoverageAim() {
  return (
    <p className="mb-6 max-w-2xl">
      The reference architecture for government data and APIs aims that “every system has an API” and that “every system and its
      connections to every other system are documented”. These figures count what you can see in the catalogue.
    </p>
  );
}

/** Says when the figures include the illustrative systems loaded for the demo. */
export function ExampleNote({ examples }: { examples: number }) {
  if (!examples) return null;
  return (
    <p className="mb-6 max-w-2xl">
      <Tag colour="grey" className="mr-2">Example</Tag>
      These figures include the example estate: {figure(examples)} illustrative {examples === 1 ? "system" : "systems"} loaded for the demo.
    </p>
  );
}

/** The five coverage measures as a bar chart of shares, and the same figures as a table (`id` names the table). */
export function CoverageChart({ figures, caption, id }: { figures: CoverageFigures; caption: string; id: string }) {
  const rows = COVERAGE_MEASURES.map((m) => ({ ...m, measure: figures.measures[m.key] }));
  const summary = rows.map((r) => `${r.label}: ${measureText(r.measure)}.`).join(" ");
  return (
    <>
      <figure className="mb-8" aria-describedby={id}>
        <LazyBarChart
          labels={rows.map((r) => r.label)}
          values={rows.map((r) => Math.round((r.measure.share ?? 0) * 100))}
          datasetLabel="Share (%)"
          max={100}
          unit="%"
          summary={`${caption}, as a bar chart of shares. ${summary} The table below gives the same figures.`}
        />
      </figure>
      <div id={id}>
        <Table
          caption={caption}
          firstCellIsHeader
          head={[{ text: "Measure" }, { text: "Count", numeric: true }, { text: "Out of", numeric: true }, { text: "Share", numeric: true }]}
          rows={rows.map((r) => [r.label, figure(r.measure.count), `${figure(r.measure.total)} ${r.of}`, formatShare(r.measure)])}
        />
      </div>
    </>
  );
}

const SHORT_LABELS = {
  systemsWithApi: "Systems with an API",
  systemsConnected: "Systems with a documented connection",
  connectionsConfirmed: "Connections confirmed by both ends",
  connectionsOpenStandard: "Connections over open standards",
  connectionsThroughApi: "Connections through catalogued APIs",
} as const;

/** Each organisation's coverage in one row, linking to its page. */
export function CoverageByOrganisation({ organisations }: { organisations: OrganisationCoverage[] }) {
  return (
    <Table
      caption="Coverage per organisation"
      firstCellIsHeader
      head={[
        { text: "Organisation" },
        { text: "Systems", numeric: true },
        { text: "Connections", numeric: true },
        ...COVERAGE_MEASURES.map((m) => ({ text: SHORT_LABELS[m.key], numeric: true })),
      ]}
      rows={organisations.map((o) => [
        <Link key="name" className="govuk-link" href={`/organisations/${o.organisation.slug}`}>
          {o.organisation.name}
        </Link>,
        figure(o.systems),
        figure(o.connections),
        // Kept on one line: the table scrolls sideways rather than breaking a figure in two.
        ...COVERAGE_MEASURES.map((m) => ({ text: measureText(o.measures[m.key]), className: "whitespace-nowrap" })),
      ])}
    />
  );
}
