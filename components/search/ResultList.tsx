import { LifecycleTag } from "@/components/LifecycleTag";
import { Tag } from "@/components/Tag";
import type { SearchHit } from "@/lib/catalogue/search/service";
import { Highlighted } from "./Highlighted";

/**
 * One page of search results. Plain links and short class names (styled in globals.css) keep
 * the page light: it is the most requested page, and its weight is most of its cost.
 */
export function ResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-results" aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.id} className="search-result">
          <h2>
            <a href={`/apis/${hit.slug}`} className="govuk-link">
              <Highlighted text={hit.nameHighlighted} />
            </a>
          </h2>
          <p className="search-result-meta">
            {hit.organisation.name}
            {hit.dateUpdated ? ` · updated ${hit.dateUpdated.toISOString().slice(0, 10)}` : null}
          </p>
          <p>
            <Highlighted text={hit.descriptionHighlighted} />
          </p>
          <p className="search-result-tags">
            {/* Only its own publishers find a draft: say so, so it is not mistaken for a published API. */}
            {hit.status === "draft" ? <Tag colour="yellow">Draft</Tag> : null}
            <LifecycleTag lifecycle={hit.lifecycle} />
            {hit.hasSpec ? <span className="search-result-meta">Has an OpenAPI description</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
