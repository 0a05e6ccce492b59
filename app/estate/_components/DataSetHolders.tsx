import Link from "next/link";
import { Tag } from "@/components/Tag";
import type { DataSetFlows } from "@/lib/estate/data-sets/report";
import { HOLDING_LABELS } from "@/lib/estate/data-sets/rules";

/** The data-set view's key: who holds the data set and how, replicas flagged (and picked out on the map). */
export function DataSetHolders({ dataSet }: { dataSet: DataSetFlows }) {
  return (
    <>
      <p className="mb-2">
        Its authoritative source, every copy, and the connections that keep copies in step. Replicas not kept in step are picked out.{" "}
        <Link className="govuk-link" href={`/data-sets/${dataSet.slug}`}>About {dataSet.name}</Link>
      </p>
      <ul className="mb-4" aria-label={`Systems holding ${dataSet.name}`}>
        {dataSet.holdings.map((h) => (
          <li key={h.systemId} className="mb-1 flex flex-wrap items-center gap-2">
            <Link className="govuk-link" href={`/systems/${h.slug}`}>{h.name}</Link>
            <Tag colour={h.kind === "replica" ? "red" : h.kind === "source" ? "green" : "blue"}>{HOLDING_LABELS[h.kind]}</Tag>
          </li>
        ))}
      </ul>
    </>
  );
}
