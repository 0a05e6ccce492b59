export interface SkipLinkProps {
  /** The id of the element to skip to, with the leading "#". */
  href?: string;
  children?: string;
}

/**
 * GOV.UK skip link. Hidden until it receives keyboard focus, then shown at the
 * very top of the page. It must be the first focusable element on the page.
 */
export function SkipLink({ href = "#main-content", children = "Skip to main content" }: SkipLinkProps) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:block focus:bg-focus focus:px-[15px] focus:py-2.5 focus:text-focus-text focus:underline focus:decoration-[max(3px,0.1875rem,0.12em)] focus:shadow-none focus:outline-3 focus:outline-offset-0 focus:outline-focus"
    >
      {children}
    </a>
  );
}
