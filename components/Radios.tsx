import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup, describedBy } from "./FormGroup";
import { Hint } from "./Hint";
import { LABEL_SIZES, type LabelSize } from "./Label";
import { cx } from "./cx";

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadiosProps {
  /** The first radio gets this id (link errors to `#${idPrefix}`); others get `${idPrefix}-2`, `-3`… */
  idPrefix: string;
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  hint?: ReactNode;
  error?: ReactNode;
  items: readonly RadioItem[];
  /** The value selected when the page loads. */
  value?: string;
  /** Side by side, for two short answers. */
  inline?: boolean;
  className?: string;
}

/** The answers to a yes-or-no question, in the values the publishing forms read. */
export const YES_NO: readonly RadioItem[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export function radioId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
}

// As in Checkboxes: the real input is invisible but on top, so it gets clicks, keyboard focus
// and the browser's own behaviour; the label's ::before draws the ring and ::after the dot.
const INPUT = "peer relative z-10 m-0 size-11 shrink-0 cursor-pointer opacity-0";
const LABEL = cx(
  "cursor-pointer self-center px-[15px] pt-2 pb-[5px] touch-manipulation max-w-[calc(100%-74px)]",
  "before:absolute before:top-0.5 before:left-0.5 before:box-border before:size-10 before:rounded-full before:border-2 before:border-current before:bg-white",
  "after:absolute after:top-3 after:left-3 after:size-5 after:rounded-full after:bg-current after:opacity-0",
  "peer-checked:after:opacity-100",
  "peer-focus:before:border-4 peer-focus:before:shadow-[0_0_0_4px_var(--color-focus)] peer-focus:before:outline-3 peer-focus:before:outline-offset-1 peer-focus:before:outline-transparent",
);

/** GOV.UK radios: a fieldset with a legend, hint, error and one choice per item. */
export function Radios({ idPrefix, name, legend, legendSize, hint, error, items, value, inline = false, className }: RadiosProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <fieldset className="m-0 min-w-0 border-0 p-0" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={cx("mb-2.5 box-border table max-w-full whitespace-normal text-text", LABEL_SIZES[legendSize ?? "default"], legendSize && legendSize !== "s" && "mb-[15px]")}>
          {legend}
        </legend>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className={cx(inline && "tablet:flex tablet:flex-wrap tablet:gap-x-5")}>
          {items.map((item, index) => {
            const id = radioId(idPrefix, index);
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div key={item.value} className="relative mb-2.5 flex flex-wrap last:mb-0">
                <input className={INPUT} id={id} name={name} type="radio" value={item.value} defaultChecked={item.value === value} aria-describedby={itemHintId} />
                <label htmlFor={id} className={cx(LABEL, LABEL_SIZES.default)}>
                  {item.label}
                </label>
                {item.hint ? (
                  <Hint id={itemHintId!} className="-mt-[5px] mb-0 block w-full pr-[15px] pl-[59px]">
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
