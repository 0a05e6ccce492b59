import type { ReactNode } from "react";
import { cx } from "./cx";

export interface HintProps {
  /** Referenced from the field's aria-describedby, usually `${fieldId}-hint`. */
  id: string;
  className?: string;
  children: ReactNode;
}

/** GOV.UK hint text, shown between a label and its field. */
export function Hint({ id, className, children }: HintProps) {
  return (
    <div id={id} className={cx("mb-[15px] text-base leading-tight text-secondary-text tablet:text-[1.1875rem] tablet:leading-[1.3158]", className)}>
      {children}
    </div>
  );
}
