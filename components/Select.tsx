import type { ReactNode, SelectHTMLAttributes } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup, describedBy } from "./FormGroup";
import { Hint } from "./Hint";
import { Label, type LabelSize } from "./Label";
import { FIELD_CLASSES } from "./TextInput";
import { cx } from "./cx";

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children" | "multiple" | "defaultValue" | "value"> {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: ReactNode;
  options: readonly SelectOption[];
  /** Options in labelled groups (an <optgroup> each), after `options`. */
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  /** The value selected when the page loads. */
  defaultValue?: string;
  /** Extra classes for the form group. */
  className?: string;
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value} disabled={option.disabled}>
      {option.text}
    </option>
  );
}

/**
 * GOV.UK select. Only use it when there are many options; it works without
 * JavaScript, so put a submit button after it rather than submitting on change.
 */
export function Select({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  options,
  groups = [],
  defaultValue,
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <select
        {...rest}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(hintId, errorId, extraDescribedBy)}
        aria-invalid={error ? true : rest["aria-invalid"]}
        className={cx(FIELD_CLASSES, "max-w-full min-w-[11.5em]", Boolean(error) && "border-error focus:border-input-border")}
      >
        {options.map(renderOption)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(renderOption)}
          </optgroup>
        ))}
      </select>
    </FormGroup>
  );
}
