// The search page's repeated parts (its results and its filters' options) as markup written
// once, not as hundreds of React elements: the App Router serialises every element for the
// browser and renders it again as HTML, and on the most requested page that was most of the
// cost of a search nobody had made before (bench/search, "each URL new"). Every value from the
// catalogue goes through escapeHtml; the structure around it is fixed here.
import escapeHtml from "escape-html";
import { lifecycleInfo } from "@/components/LifecycleTag";
import type { TagColour } from "@/components/Tag";
import { toSegments } from "@/lib/catalogue/search/highlight";
import type { SearchHit } from "@/lib/catalogue/search/service";

/** Text with the search's matched words in <mark>, every character of it escaped. */
export function highlightedHtml(text: string): string {
  return toSegments(text)
    .map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join("");
}

const tagHtml = (colour: TagColour, label: string) => `<strong class="tag tag-${colour}">${escapeHtml(label)}</strong>`;

/** One result: its name linked, its organisation, its description, and its tags (see globals.css). */
export function resultHtml(hit: SearchHit): string {
  const lifecycle = lifecycleInfo(hit.lifecycle);
  const updated = hit.dateUpdated ? ` · updated ${hit.dateUpdated.toISOString().slice(0, 10)}` : "";
  return (
    `<li class="search-result"><h2><a href="/apis/${escapeHtml(encodeURIComponent(hit.slug))}" class="govuk-link">${highlightedHtml(hit.nameHighlighted)}</a></h2>` +
    `<p class="search-result-meta">${escapeHtml(hit.organisation.name + updated)}</p>` +
    `<p>${highlightedHtml(hit.descriptionHighlighted)}</p>` +
    // Only its own publishers find a draft: say so, so it is not mistaken for a published API.
    `<p class="search-result-tags">${hit.status === "draft" ? tagHtml("yellow", "Draft") : ""}${tagHtml(lifecycle.colour, lifecycle.label)}` +
    `${hit.hasSpec ? '<span class="search-result-meta">Has an OpenAPI description</span>' : ""}</p></li>`
  );
}

export type FacetOption = { value: string; label: string; count: number; checked: boolean };

/** One filter's small GOV.UK checkboxes, each with how many results it would give. */
export function facetOptionsHtml(name: string, options: FacetOption[]): string {
  return options
    .map((option) => {
      const id = escapeHtml(`${name}-${option.value}`);
      return (
        `<li><input id="${id}" type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(option.value)}"${option.checked ? " checked" : ""}>` +
        `<label for="${id}">${escapeHtml(option.label)} <span>(${option.count.toLocaleString("en-GB")})</span></label></li>`
      );
    })
    .join("");
}
