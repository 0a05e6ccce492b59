import { AppLink } from "./AppLink";
import { cx } from "./cx";

export interface NavigationItem {
  href: string;
  text: string;
}

export const PRIMARY_NAVIGATION: readonly NavigationItem[] = [
  { href: "/before-you-build", text: "Before you build" },
  { href: "/apis", text: "APIs" },
  { href: "/systems", text: "Systems" },
  { href: "/data-sets", text: "Data sets" },
  { href: "/organisations", text: "Organisations" },
  { href: "/dashboard", text: "Dashboard" },
  { href: "/estate", text: "Estate map" },
];

/**
 * aria-current for a navigation link: "page" on the exact page, true when the
 * current page is inside that section (for example /apis/hmrc-vat), else none.
 */
export function navigationCurrent(href: string, currentPath: string | null | undefined): "page" | true | undefined {
  if (!currentPath) return undefined;
  const trim = (path: string) => path.replace(/\/+$/, "") || "/";
  const path = trim(currentPath.split(/[?#]/)[0] ?? "");
  const target = trim(href);
  if (path === target) return "page";
  if (target !== "/" && path.startsWith(`${target}/`)) return true;
  return undefined;
}

export interface PrimaryNavigationProps {
  currentPath?: string | null;
  items?: readonly NavigationItem[];
  /** Accessible name of the navigation landmark. */
  label?: string;
}

/** GOV.UK service navigation: a row of links under the header. */
export function PrimaryNavigation({ currentPath, items = PRIMARY_NAVIGATION, label = "Menu" }: PrimaryNavigationProps) {
  return (
    <nav aria-label={label} className="border-b border-brand-mid bg-brand-light">
      <div className="govuk-width-container">
        <ul className="m-0 flex list-none flex-wrap gap-x-[15px] p-0 tablet:gap-x-[30px]">
          {items.map((item) => {
            const current = navigationCurrent(item.href, currentPath);
            return (
              <li
                key={item.href}
                className={cx(
                  "pt-[15px] pb-2.5 tablet:pb-[15px]",
                  current && "border-b-5 border-brand pb-[5px] tablet:pb-2.5",
                )}
              >
                <AppLink
                  href={item.href}
                  aria-current={current}
                  className={cx(
                    "govuk-link-no-visited",
                    current && "font-bold no-underline hover:underline",
                  )}
                >
                  {item.text}
                </AppLink>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
