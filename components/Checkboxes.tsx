import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup, describedBy } from "./FormGroup";
import { Hint } from "./Hint";
import { LABEL_SIZES, type LabelSize } from "./Label";
import { cx } from "./cx";

export interface CheckboxItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Ticked when the page loads (rendered as the HTML `checked` attribute). */
  checked?: boolean;
  disabled?: boolean;
}

export interface CheckboxesProps {
  /** The first checkbox gets this id (link errors to `#${idPrefix}`); others get `${idPrefix}-2`, `-3`… */
  idPrefix: string;
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: readonly CheckboxItem[];
  /** Smaller boxes, for filters. */
  small?: boolean;
  className?: string;
}

export function checkboxId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
}

// The real input is invisible but on top, so it gets clicks, keyboard focus and the browser's own
// behaviour; the label's ::before/::after draw the box and tick. The long class lists live in
// globals.css (.checkbox-*): a filter of a hundred options repeated them in the HTML and again in
// the page's data, a few hundred kilobytes on the estate map.
const SIZES = {
  regular: { item: "mb-2.5 last:mb-0", input: "", label: "checkbox-label-regular", hint: "pl-[59px]" },
  small: { item: "mb-0", input: "-ml-2.5", label: "checkbox-label-small", hint: "pl-[34px]" },
};

/** GOV.UK checkboxes: a fieldset with a legend, hint, error and checkbox items. */
export function Checkboxes({
  idPrefix,
  name,
  legend,
  legendSize,
  legendIsPageHeading = false,
  hint,
  error,
  items,
  small = false,
  className,
}: CheckboxesProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const size = small ? SIZES.small : SIZES.regular;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <fieldset className="m-0 min-w-0 border-0 p-0" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={cx("mb-2.5 box-border table max-w-full whitespace-normal text-text", LABEL_SIZES[legendSize ?? "default"], legendSize && legendSize !== "s" && "mb-[15px]")}>
          {legendIsPageHeading ? <h1 className="m-0 text-inherit">{legend}</h1> : legend}
        </legend>
        {hint ? <Hint id={`${idPrefix}-hint`}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={`${idPrefix}-error`}>{error}</ErrorMessage> : null}
        <div>
          {items.map((item, index) => {
            const id = checkboxId(idPrefix, index);
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div key={item.value} className={cx("relative flex flex-wrap", size.item)}>
                <input
                  className={cx("peer checkbox-input", size.input)}
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={item.checked}
                  disabled={item.disabled}
                  aria-describedby={itemHintId}
                />
                <label htmlFor={id} className={cx("checkbox-label", size.label, LABEL_SIZES.default)}>
                  {item.label}
                </label>
                {item.hint ? (
                  <Hint id={`${id}-item-hint`} className={cx("-mt-[5px] mb-0 block w-full pr-[15px]", size.hint)}>
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
