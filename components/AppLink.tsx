import Link from "next/link";
import type { AnchorHTMLAttributes, ReactNode } from "react";

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  href: string;
  children: ReactNode;
}

/** True for same-site paths such as "/apis?page=2" (not "//host", "#id" or "mailto:"). */
export function isInternalHref(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

/**
 * A link that uses Next.js client-side navigation for paths inside this
 * service and a plain <a> for everything else (other sites, mailto:, #ids).
 * Either way the HTML is an ordinary <a href>, so it works without JavaScript.
 */
export function AppLink({ href, children, ...rest }: AppLinkProps) {
  if (isInternalHref(href)) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
