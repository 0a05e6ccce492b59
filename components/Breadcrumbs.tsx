import { AppLink } from "./AppLink";
import { cx } from "./cx";

export interface BreadcrumbItem {
  href?: string;
  text: string;
}

export interface BreadcrumbsProps {
  /** From the top of the service down. The last item is the current page. */
  items: readonly BreadcrumbItem[];
  /** On a dark background, use white text. */
  inverse?: boolean;
}

/** GOV.UK breadcrumbs. Every item but the last is a link (if it has an href). */
export function Breadcrumbs({ items, inverse = false }: BreadcrumbsProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className={cx("mt-[15px] mb-2.5 text-sm leading-tight tablet:text-base", inverse ? "text-white" : "text-text")}>
      <ol className="m-0 flex list-none flex-wrap p-0">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li
              key={`${index}-${item.text}`}
              aria-current={isCurrent ? "page" : undefined}
              className={cx(
                "relative mb-[5px]",
                // A chevron separator before every item but the first.
                "not-first:ml-2.5 not-first:pl-[15.655px] not-first:before:absolute not-first:before:inset-y-0 not-first:before:-left-[3.31px] not-first:before:my-auto not-first:before:size-[7px] not-first:before:rotate-45 not-first:before:border-t not-first:before:border-r",
                inverse ? "before:border-white" : "before:border-secondary-text",
              )}
            >
              {item.href && !isCurrent ? (
                <AppLink
                  href={item.href}
                  className={cx(
                    "govuk-focus-link",
                    inverse ? "text-white" : "text-text",
                  )}
                >
                  {item.text}
                </AppLink>
              ) : (
                item.text
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
