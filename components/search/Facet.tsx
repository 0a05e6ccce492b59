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

/** One filter of the search: small GOV.UK checkboxes, each with how many results it would give. */
export function Facet({ name, legend, options, footer }: FacetProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="mb-6 border-0 p-0">
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={option.checked}
                className="mt-1 size-5 shrink-0 accent-text"
              />
              <label htmlFor={id} className="text-base">
                {option.label} <span className="text-secondary-text">({option.count.toLocaleString("en-GB")})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {footer}
    </fieldset>
  );
}
