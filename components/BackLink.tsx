import { AppLink } from "./AppLink";
import { cx } from "./cx";

export interface BackLinkProps {
  href: string;
  children?: string;
  /** On a dark background, use white text. */
  inverse?: boolean;
}

/**
 * GOV.UK back link. Put it at the top of the page, before the heading, and only
 * where it goes somewhere predictable (not "browser back").
 */
export function BackLink({ href, children = "Back", inverse = false }: BackLinkProps) {
  return (
    <AppLink
      href={href}
      className={cx(
        "govuk-focus-link relative mt-[15px] mb-[15px] inline-block pl-[14px] text-sm leading-[1.14] tablet:text-base tablet:leading-tight",
        // A chevron pointing left, drawn in CSS like GOV.UK Frontend's.
        "before:absolute before:inset-y-0 before:left-[3px] before:my-auto before:size-[7px] before:-rotate-45 before:border-t before:border-l before:border-current",
        inverse ? "text-white" : "text-text",
      )}
    >
      {children}
    </AppLink>
  );
}
