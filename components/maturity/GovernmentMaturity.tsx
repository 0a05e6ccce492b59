import Link from "next/link";
import { levelDistribution, type ComparisonRow } from "@/lib/maturity/comparison";
import { LevelDistribution } from "./LevelDistribution";

/** The levels published organisations reached, per dimension, with the way to the full comparison. */
export function GovernmentMaturity({ organisations }: { organisations: ComparisonRow[] }) {
  const assessed = organisations.filter((o) => o.approvedAt);
  return (
    <>
      <LevelDistribution distribution={levelDistribution(assessed)} assessed={assessed.length} />
      <p className="mb-8">
        <Link className="govuk-link" href="/maturity">Compare every organisation’s published levels</Link>
      </p>
    </>
  );
}
