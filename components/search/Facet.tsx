import type { ReactNode } from "react";
import { facetOptionsHtml, type FacetOption } from "./markup";

export type { FacetOption } from "./markup";

export interface FacetProps {
  /** the URL parameter the checkboxes submit */
  name: string;
  legend: string;
  options: FacetOption[];
  /** shown under the options, e.g. a "show all" link */
  footer?: ReactNode;
}

/** One filter of the search: small GOV.UK checkboxes, each with how many results it would give (styled in globals.css). */
export function Facet({ name, legend, options, footer }: FacetProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul dangerouslySetInnerHTML={{ __html: facetOptionsHtml(name, options) }} />
      {footer}
    </fieldset>
  );
}
