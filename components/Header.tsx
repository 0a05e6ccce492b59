import type { ReactNode } from "react";
import { AppLink } from "./AppLink";
import { PrimaryNavigation, type NavigationItem } from "./PrimaryNavigation";
import { PrimaryNavigationClient } from "./PrimaryNavigationClient";

export interface HeaderProps {
  serviceName?: string;
  serviceHref?: string;
  /**
   * The current path, used to mark the current navigation link. Leave it out
   * (as the root layout does) and the navigation reads the path in the browser.
   */
  currentPath?: string;
  navigation?: readonly NavigationItem[];
  /** Right-hand slot, for example a "Sign in" link. Links here are white. */
  children?: ReactNode;
}

export function Header({
  serviceName = "API Catalogue",
  serviceHref = "/",
  currentPath,
  navigation,
  children,
}: HeaderProps) {
  return (
    <header className="bg-brand text-white">
      <div className="govuk-width-container flex flex-wrap items-center justify-between gap-x-5 gap-y-2 py-2.5">
        <AppLink
          href={serviceHref}
          className="govuk-focus-link text-lg leading-tight font-bold text-white no-underline hover:underline tablet:text-2xl"
        >
          {serviceName}
        </AppLink>
        {children ? (
          <div className="[&_a]:govuk-focus-link [&_a]:text-white">
            {children}
          </div>
        ) : null}
      </div>
      {currentPath === undefined ? (
        <PrimaryNavigationClient items={navigation} />
      ) : (
        <PrimaryNavigation items={navigation} currentPath={currentPath} />
      )}
    </header>
  );
}
