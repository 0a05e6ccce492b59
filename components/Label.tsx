import type { ReactNode } from "react";
import { cx } from "./cx";

export type LabelSize = "s" | "m" | "l" | "xl";

/** Text size classes shared by labels and legends. */
export const LABEL_SIZES: Record<LabelSize | "default", string> = {
  default: "text-base leading-tight tablet:text-[1.1875rem] tablet:leading-[1.3158]",
  s: "text-[1.125rem] leading-[1.11] font-bold tablet:text-[1.5rem] tablet:leading-tight",
  m: "text-[1.3125rem] leading-[1.19] font-bold tablet:text-[1.6875rem] tablet:leading-[1.11]",
  l: "text-[1.6875rem] leading-[1.11] font-bold tablet:text-[2.25rem]",
  xl: "text-[2rem] leading-[1.09] font-bold tablet:text-[3rem] tablet:leading-[1.04]",
};

export interface LabelProps {
  htmlFor: string;
  size?: LabelSize;
  /** Wrap the label in an <h1>, when the question is the only thing on the page. */
  isPageHeading?: boolean;
  children: ReactNode;
}

/** GOV.UK label. */
export function Label({ htmlFor, size, isPageHeading = false, children }: LabelProps) {
  const label = (
    <label htmlFor={htmlFor} className={cx("mb-[5px] block text-text", LABEL_SIZES[size ?? "default"], size && size !== "s" && "mb-[15px]")}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="m-0">{label}</h1> : label;
}
