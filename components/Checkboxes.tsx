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

// The real input is invisible but on top, so it gets clicks, keyboard focus
// and the browser's own behaviour; the label's ::before/::after draw the box and tick.
const INPUT = "peer relative z-10 m-0 size-11 shrink-0 cursor-pointer opacity-0 disabled:cursor-not-allowed";
const LABEL = cx(
  "cursor-pointer self-center px-[15px] pt-2 pb-[5px] touch-manipulation peer-disabled:cursor-not-allowed peer-disabled:opacity-50",
  "before:absolute before:box-border before:border-2 before:border-current before:bg-white",
  "after:absolute after:box-border after:-rotate-45 after:border-solid after:border-current after:border-t-transparent after:bg-transparent after:opacity-0",
  "peer-checked:after:opacity-100",
  "peer-focus:before:border-4 peer-focus:before:shadow-[0_0_0_3px_var(--color-focus)] peer-focus:before:outline-3 peer-focus:before:outline-offset-1 peer-focus:before:outline-transparent",
);
const SIZES = {
  regular: {
    item: "mb-2.5 last:mb-0",
    input: "",
    label: "max-w-[calc(100%-74px)] before:top-0.5 before:left-0.5 before:size-10 after:top-[13px] after:left-2.5 after:h-3 after:w-[23px] after:border-0 after:border-b-5 after:border-l-5",
    hint: "pl-[59px]",
  },
  small: {
    item: "mb-0",
    input: "-ml-2.5",
    label: "pl-px before:top-2.5 before:left-0 before:size-6 after:top-[17px] after:left-1.5 after:h-[6.5px] after:w-3 after:border-0 after:border-b-3 after:border-l-3 peer-hover:peer-not-focus:before:shadow-[0_0_0_10px_var(--color-hover)]",
    hint: "pl-[34px]",
  },
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
                  className={cx(INPUT, size.input)}
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={item.checked}
                  disabled={item.disabled}
                  aria-describedby={itemHintId}
                />
                <label htmlFor={id} className={cx(LABEL, size.label, LABEL_SIZES.default)}>
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
