import type { ReactNode } from "react";
import { cx } from "./cx";

export interface InsetTextProps {
  id?: string;
  className?: string;
  children: ReactNode;
}

/** GOV.UK inset text: a grey left border to set a short piece of text apart. */
export function InsetText({ id, className, children }: InsetTextProps) {
  return (
    <div
      id={id}
      className={cx(
        "clear-both my-5 border-l-10 border-border p-[15px] tablet:my-[30px] [&>:first-child]:mt-0 [&>:last-child]:mb-0",
        className,
      )}
    >
      {children}
    </div>
  );
}
