import type { ReactNode } from "react";

export interface ErrorMessageProps {
  /** Referenced from the field's aria-describedby, usually `${fieldId}-error`. */
  id: string;
  children: ReactNode;
  /** Read out before the message by screen readers. */
  visuallyHiddenText?: string;
}

/** GOV.UK error message: red, bold, with a hidden "Error:" prefix. */
export function ErrorMessage({ id, children, visuallyHiddenText = "Error" }: ErrorMessageProps) {
  return (
    <p id={id} className="clear-both mt-0 mb-[15px] block text-base leading-tight font-bold text-error tablet:text-[1.1875rem] tablet:leading-[1.3158]">
      {visuallyHiddenText ? <span className="sr-only">{visuallyHiddenText}: </span> : null}
      {children}
    </p>
  );
}
