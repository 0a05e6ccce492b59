import type { ReactNode } from "react";
import { cx } from "./cx";

/** Join the ids a field is described by, or undefined if there are none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

export interface FormGroupProps {
  /** Adds the red left border GOV.UK uses for a question with an error. */
  error?: boolean;
  className?: string;
  children: ReactNode;
}

/** Wraps one question: label or legend, hint, error message and field(s). */
export function FormGroup({ error = false, className, children }: FormGroupProps) {
  return (
    <div className={cx("mb-5 tablet:mb-[30px]", error && "border-l-5 border-error pl-[15px]", className)}>
      {children}
    </div>
  );
}
