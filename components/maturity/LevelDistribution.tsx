import { Table } from "@/components/Table";
import { LazyStackedBarChart } from "@/components/charts/LazyStackedBarChart";
import type { levelDistribution } from "@/lib/maturity/comparison";

const LEVEL_NAMES = ["No level yet", "Level 1", "Level 2", "Level 3"];

/** How many organisations reached each level of each dimension, by their published assessments: a chart and its table twin. */
export function LevelDistribution({ distribution, assessed }: { distribution: ReturnType<typeof levelDistribution>; assessed: number }) {
  if (assessed === 0) return <p className="mb-8">No organisation has a published maturity assessment yet.</p>;
  return (
    <>
      <figure className="mb-6" aria-describedby="level-distribution-table">
        <LazyStackedBarChart
          labels={distribution.map((d) => d.title)}
          series={LEVEL_NAMES.map((label, level) => ({ label, values: distribution.map((d) => d.counts[level] ?? 0) }))}
          summary={`Stacked bar chart of the levels reached by ${assessed} assessed organisation${assessed === 1 ? "" : "s"}, per dimension. The table below gives every figure.`}
        />
      </figure>
      <div id="level-distribution-table" className="mb-8">
        <Table
          caption="Organisations at each maturity level, by their published assessments"
          head={["Dimension", ...LEVEL_NAMES.map((text) => ({ text, numeric: true }))]}
          firstCellIsHeader
          rows={distribution.map((d) => [d.title, ...d.counts.map((count) => ({ text: String(count), numeric: true }))])}
        />
      </div>
    </>
  );
}
