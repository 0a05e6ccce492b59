import type { SearchHit } from "@/lib/catalogue/search/service";
import { resultHtml } from "./markup";

/**
 * One page of search results: plain links and short class names (styled in globals.css), written
 * as markup once (./markup.ts says why) inside the list.
 */
export function ResultList({ hits }: { hits: SearchHit[] }) {
  return <ol className="search-results" aria-label="Results" dangerouslySetInnerHTML={{ __html: hits.map(resultHtml).join("") }} />;
}
