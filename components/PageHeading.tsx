import type { ReactNode } from "react";
import { cx } from "./cx";

export type HeadingSize = "xl" | "l" | "m" | "s";

const HEADING: Record<HeadingSize, string> = {
  xl: "govuk-heading-xl",
  l: "govuk-heading-l",
  m: "govuk-heading-m",
  s: "govuk-heading-s",
};

// GOV.UK pairs each heading size with the caption one size smaller.
const CAPTION: Record<HeadingSize, string> = {
  xl: "govuk-caption-xl",
  l: "govuk-caption-l",
  m: "govuk-caption-m",
  s: "govuk-caption-m",
};

export interface PageHeadingProps {
  /** Grey text above the heading, such as the organisation or section. */
  caption?: ReactNode;
  size?: HeadingSize;
  id?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The page's <h1>. The caption is inside the heading, so screen readers hear
 * it as part of the page's main heading (for example "HM Revenue and Customs, VAT API").
 */
export function PageHeading({ caption, size = "l", id, className, children }: PageHeadingProps) {
  return (
    <h1 id={id} className={cx(HEADING[size], className)}>
      {caption ? (
        <span className={CAPTION[size]}>
          {caption}
          <span className="sr-only">, </span>
        </span>
      ) : null}
      {children}
    </h1>
  );
}
