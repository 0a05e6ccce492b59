import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Button } from "@/components/Button";
import { Table } from "@/components/Table";
import { TextInput } from "@/components/TextInput";
import { getDb } from "@/lib/db";
import { comparison, comparisonQuery, type ComparisonQuery, type ComparisonSort } from "@/lib/maturity/comparison";
import { MODEL } from "@/lib/maturity/model";

export const metadata: Metadata = { title: "Maturity across government" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A column heading that sorts by it, the other way when it is already the sort. Works without JavaScript. */
function sortLink(query: ComparisonQuery, sort: ComparisonSort, text: string) {
  const order = query.sort === sort && query.order === "asc" ? "desc" : "asc";
  const params = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), sort, order });
  return {
    text: <a className="govuk-link" href={`/maturity?${params}`}>{text}</a>,
    ariaSort: query.sort === sort ? (query.order === "asc" ? ("ascending" as const) : ("descending" as const)) : ("none" as const),
  };
}

/** Every organisation's last published levels, side by side: sortable, filterable and downloadable. */
export default async function MaturityComparisonPage({ searchParams }: Props) {
  const query = comparisonQuery(await searchParams);
  const rows = await comparison(getDb(), query);
  const csv = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), sort: query.sort, order: query.order });
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Maturity across government" }]} />
      <h1 className="govuk-heading-l">Maturity across government</h1>
      <p className="mb-6 max-w-3xl">Each organisation’s levels from its last published assessment, reviewed by an assessor. Organisations not yet assessed are listed last when sorting by a dimension.</p>
      <form method="get" action="/maturity" className="mb-6 flex flex-wrap items-end gap-4">
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="order" value={query.order} />
        <TextInput id="q" name="q" label="Filter by organisation" width="20" defaultValue={query.q} className="mb-0" />
        <Button variant="secondary">Filter</Button>
      </form>
      <p className="mb-4">
        <a className="govuk-link" href={`/maturity/comparison.csv?${csv}`} download>Download this table as CSV</a> ({rows.length} organisations)
      </p>
      <Table
        caption="Levels reached by each organisation, by dimension"
        head={[sortLink(query, "name", "Organisation"), { text: "Published" }, ...MODEL.map((d) => ({ ...sortLink(query, d.key, d.title), numeric: true }))]}
        firstCellIsHeader
        rows={rows.map((r) => [
          <a key="name" className="govuk-link" href={`/organisations/${r.slug}/maturity`}>{r.name}</a>,
          r.approvedAt ?? "Not assessed",
          ...MODEL.map((d) => ({ text: r.levels[d.key] === undefined ? "–" : r.levels[d.key] === 0 ? "None" : String(r.levels[d.key]), numeric: true })),
        ])}
      />
    </>
  );
}
