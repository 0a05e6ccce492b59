import type { ReactNode, TextareaHTMLAttributes } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup, describedBy } from "./FormGroup";
import { Hint } from "./Hint";
import { Label, type LabelSize } from "./Label";
import { cx } from "./cx";

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "children" | "value"> {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: LabelSize;
  hint?: ReactNode;
  /** Error message text. When set, the field is marked as invalid. */
  error?: ReactNode;
  className?: string;
}

/** GOV.UK textarea, for answers longer than a line. */
export function Textarea({ id, name, label, labelSize, hint, error, rows = 5, className, "aria-describedby": extraDescribedBy, ...rest }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <textarea
        {...rest}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(hintId, errorId, extraDescribedBy)}
        aria-invalid={error ? true : rest["aria-invalid"]}
        className={cx(
          "box-border block min-h-10 w-full resize-y rounded-none border-2 border-input-border bg-white p-[5px] text-base leading-tight text-text govuk-focus-input tablet:text-[1.1875rem] tablet:leading-[1.3158]",
          Boolean(error) && "border-error focus:border-input-border",
        )}
      />
    </FormGroup>
  );
}
