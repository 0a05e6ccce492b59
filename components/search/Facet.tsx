import type { ReactNode } from "react";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

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
      <ul>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value}>
              <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={option.checked} />
              <label htmlFor={id}>
                {option.label} <span>({option.count.toLocaleString("en-GB")})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {footer}
    </fieldset>
  );
}
