import Link from "next/link";
import { LifecycleTag } from "@/components/LifecycleTag";
import type { SearchHit } from "@/lib/catalogue/search/service";
import { Highlighted } from "./Highlighted";

/** One page of search results. */
export function ResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="border-t border-border" aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.id} className="border-b border-border py-4">
          <h2 className="mb-1 text-xl font-bold">
            <Link href={`/apis/${hit.slug}`} className="govuk-link">
              <Highlighted text={hit.nameHighlighted} />
            </Link>
          </h2>
          <p className="mb-2 text-base text-secondary-text">
            {hit.organisation.name}
            {hit.dateUpdated ? <> · updated {hit.dateUpdated.toISOString().slice(0, 10)}</> : null}
          </p>
          <p className="mb-2 text-base">
            <Highlighted text={hit.descriptionHighlighted} />
          </p>
          <p className="flex flex-wrap gap-2 text-base">
            <LifecycleTag lifecycle={hit.lifecycle} />
            {hit.hasSpec ? <span className="text-secondary-text">Has an OpenAPI description</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
