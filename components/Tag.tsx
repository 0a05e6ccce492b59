import type { ReactNode } from "react";
import { cx } from "./cx";

export type TagColour =
  | "grey"
  | "green"
  | "blue"
  | "light-blue"
  | "yellow"
  | "orange"
  | "red"
  | "purple"
  | "pink"
  | "turquoise";

/** GOV.UK Frontend v5 tag colours. Every pair meets WCAG AA (see Tag.test.tsx). */
export const TAG_COLOURS: Record<TagColour, string> = {
  grey: "bg-[#e5e6e7] text-[#282d30]",
  green: "bg-[#cce2d8] text-[#005a30]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a]",
  "light-blue": "bg-[#e8f1f8] text-[#0c2d4a]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  purple: "bg-[#efdfed] text-[#491644]",
  pink: "bg-[#f9e1ec] text-[#6b1c40]",
  turquoise: "bg-[#d4ecea] text-[#10403c]",
};

export interface TagProps {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}

/** A short status label. Do not make tags links or buttons. */
export function Tag({ colour = "blue", className, children }: TagProps) {
  return (
    <strong
      className={cx(
        "inline-block -mt-0.5 -mb-[3px] pt-0.5 pr-2 pb-[3px] pl-2 align-baseline text-base leading-tight font-normal wrap-break-word tablet:text-[1.1875rem]",
        // A transparent outline shows up as a border in Windows high contrast mode.
        "outline-2 -outline-offset-2 outline-transparent",
        TAG_COLOURS[colour],
        className,
      )}
    >
      {children}
    </strong>
  );
}
