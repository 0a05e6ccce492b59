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

/**
 * GOV.UK Frontend v5 tag colours: background and text. Every pair meets WCAG AA (see
 * Tag.test.tsx); the `.tag-<colour>` rules in globals.css use the same values.
 */
export const TAG_COLOURS: Record<TagColour, { background: string; text: string }> = {
  grey: { background: "#e5e6e7", text: "#282d30" },
  green: { background: "#cce2d8", text: "#005a30" },
  blue: { background: "#bbd4ea", text: "#0c2d4a" },
  "light-blue": { background: "#e8f1f8", text: "#0c2d4a" },
  yellow: { background: "#fff7bf", text: "#594d00" },
  orange: { background: "#fcd6c3", text: "#6e3619" },
  red: { background: "#f4cdc6", text: "#2a0b06" },
  purple: { background: "#efdfed", text: "#491644" },
  pink: { background: "#f9e1ec", text: "#6b1c40" },
  turquoise: { background: "#d4ecea", text: "#10403c" },
};

export interface TagProps {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}

/** A short status label. Do not make tags links or buttons. */
export function Tag({ colour = "blue", className, children }: TagProps) {
  return (
    // Short class names (styled in globals.css): tags repeat on every row of the busiest pages.
    <strong className={cx("tag", `tag-${colour}`, className)}>
      {children}
    </strong>
  );
}
