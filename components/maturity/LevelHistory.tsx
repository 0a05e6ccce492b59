import { Table } from "@/components/Table";
import { LazyLineChart } from "@/components/charts/LazyLineChart";
import type { LevelPoint } from "@/lib/maturity/assessment-queries";
import { MODEL } from "@/lib/maturity/model";

/** Each dimension's published level over time: a chart, and the same figures as a table. */
export function LevelHistory({ history, name }: { history: LevelPoint[]; name: string }) {
  if (history.length === 0) return null;
  const last = history[history.length - 1]!;
  const summary = `Line chart of ${name}’s published levels over ${history.length} assessment${history.length === 1 ? "" : "s"}, the latest on ${last.date}. The table below gives every figure.`;
  return (
    <section aria-labelledby="history-heading" className="mb-8">
      <h2 id="history-heading" className="mb-4 text-2xl font-bold">Levels over time</h2>
      <figure className="mb-6" aria-describedby="level-history-table">
        <LazyLineChart labels={history.map((p) => p.date)} series={MODEL.map((d) => ({ label: d.title, values: history.map((p) => p.levels[d.key] ?? 0) }))} summary={summary} max={3} />
      </figure>
      <div id="level-history-table" className="overflow-x-auto" tabIndex={0} role="region" aria-label="Levels over time, scrolls sideways">
        <Table
          caption={`Published levels of ${name} over time`}
          head={["Published", ...MODEL.map((d) => ({ text: d.title, numeric: true }))]}
          firstCellIsHeader
          rows={history.map((p) => [p.date, ...MODEL.map((d) => ({ text: String(p.levels[d.key] ?? 0), numeric: true }))])}
        />
      </div>
    </section>
  );
}
