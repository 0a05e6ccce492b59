import type { InputHTMLAttributes, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup, describedBy } from "./FormGroup";
import { Hint } from "./Hint";
import { Label, type LabelSize } from "./Label";
import { cx } from "./cx";

export type InputWidth = "full" | "30" | "20" | "10" | "5" | "4" | "3" | "2";

const WIDTHS: Record<InputWidth, string> = {
  full: "w-full",
  "30": "w-full max-w-[29.5em]",
  "20": "w-full max-w-[20.5em]",
  "10": "w-full max-w-[10.8em]",
  "5": "w-full max-w-[5.5em]",
  "4": "w-full max-w-[4.5em]",
  "3": "w-full max-w-[3.75em]",
  "2": "w-full max-w-[2.75em]",
};

/** Shared look of text inputs and selects. */
export const FIELD_CLASSES =
  "box-border h-10 rounded-none border-2 border-input-border bg-white p-[5px] text-base leading-tight text-text govuk-focus-input tablet:text-[1.1875rem]";

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "children" | "width" | "size"> {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  /** Error message text. When set, the field is marked as invalid. */
  error?: ReactNode;
  /** Use inputMode="numeric" for numbers, not type="number". */
  type?: "text" | "search" | "email" | "url" | "tel" | "password";
  width?: InputWidth;
  /** Extra classes for the form group. */
  className?: string;
}

/** GOV.UK text input with label, hint and error message wired up. */
export function TextInput({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  type = "text",
  width = "full",
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <input
        {...rest}
        id={id}
        name={name}
        type={type}
        aria-describedby={describedBy(hintId, errorId, extraDescribedBy)}
        aria-invalid={error ? true : rest["aria-invalid"]}
        className={cx(FIELD_CLASSES, "m-0 appearance-none", WIDTHS[width], Boolean(error) && "border-error focus:border-input-border")}
      />
    </FormGroup>
  );
}
