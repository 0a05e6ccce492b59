import Link from "next/link";
import { HOLDING_LABELS, type HoldingKind } from "@/lib/estate/data-sets/rules";

type Props = { holdings: { id: string; kind: string; dataSet: { slug: string; name: string } }[]; declareHref: string | null };

/** The core data sets a system holds and how, with the link to declare another for its publishers. */
export function SystemDataSets({ holdings, declareHref }: Props) {
  return (
    <>
      <h2 className="govuk-heading-m">Core data sets it holds</h2>
      {holdings.length ? (
        <ul className="govuk-list mb-6">
          {holdings.map((h) => (
            <li key={h.id}>
              <Link className="govuk-link" href={`/data-sets/${h.dataSet.slug}`}>{h.dataSet.name}</Link>: {HOLDING_LABELS[h.kind as HoldingKind].toLowerCase()}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">This system is not recorded as holding any core data set.</p>
      )}
      {declareHref ? <p className="govuk-body"><Link className="govuk-link" href={declareHref}>Declare a data set this system holds</Link></p> : null}
    </>
  );
}
