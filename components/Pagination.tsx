import { AppLink } from "./AppLink";
import { cx } from "./cx";

export type PaginationItem = number | "ellipsis";

/**
 * The page numbers to show: the first, the last, the current page and the
 * pages either side of it, with an ellipsis for each gap. A gap of a single
 * page shows that page instead, as an ellipsis would take the same space.
 */
export function paginationItems(page: number, pageCount: number): PaginationItem[] {
  const wanted = [1, page - 1, page, page + 1, pageCount].filter((p) => p >= 1 && p <= pageCount);
  const pages = [...new Set(wanted)].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const p of pages) {
    if (p - previous === 2) items.push(previous + 1);
    else if (p - previous > 2) items.push("ellipsis");
    items.push(p);
    previous = p;
  }
  return items;
}

export interface PaginationProps {
  /** The current page, from 1. */
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Accessible name of the navigation landmark. */
  label?: string;
}

const ARROW_PREVIOUS = "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z";
const ARROW_NEXT = "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";

function Arrow({ path }: { path: string }) {
  return (
    <svg className="size-[13px] shrink-0 fill-current" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
      <path d={path} />
    </svg>
  );
}

const PREV_NEXT = "govuk-link-no-visited group inline-flex items-center gap-2.5 p-[15px] font-bold no-underline";
const TITLE = "underline underline-offset-[0.1578em] group-hover:decoration-[max(3px,0.1875rem,0.12em)] group-focus-visible:no-underline";

/** GOV.UK pagination. Renders nothing when there is only one page. */
export function Pagination({ page, pageCount, hrefFor, label = "Pagination" }: PaginationProps) {
  const count = Math.max(0, Math.floor(pageCount));
  if (count <= 1) return null;
  const current = Number.isFinite(page) ? Math.min(Math.max(1, Math.floor(page)), count) : 1;
  return (
    <nav aria-label={label} className="mb-5 flex flex-col flex-wrap items-center tablet:mb-[30px] tablet:flex-row tablet:items-start">
      {current > 1 ? (
        <div>
          <AppLink href={hrefFor(current - 1)} rel="prev" className={cx(PREV_NEXT, "pl-0")}>
            <Arrow path={ARROW_PREVIOUS} />
            <span className={TITLE}>
              Previous<span className="sr-only"> page</span>
            </span>
          </AppLink>
        </div>
      ) : null}
      <ul className="m-0 flex list-none flex-wrap justify-center p-0">
        {paginationItems(current, count).map((item, index) =>
          item === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="min-h-[45px] min-w-[45px] px-[15px] py-2.5 text-center font-bold text-secondary-text">
              ⋯
            </li>
          ) : (
            <li
              key={item}
              className={cx(
                "relative min-h-[45px] min-w-[45px] text-center",
                item === current ? "bg-link font-bold" : "hover:bg-light-grey",
              )}
            >
              <AppLink
                href={hrefFor(item)}
                aria-label={`Page ${item}`}
                aria-current={item === current ? "page" : undefined}
                className={cx(
                  "block px-[15px] py-2.5",
                  item === current ? "govuk-focus-link text-white no-underline" : "govuk-link-no-visited",
                )}
              >
                {item}
              </AppLink>
            </li>
          ),
        )}
      </ul>
      {current < count ? (
        <div>
          <AppLink href={hrefFor(current + 1)} rel="next" className={cx(PREV_NEXT, "pr-0")}>
            <span className={TITLE}>
              Next<span className="sr-only"> page</span>
            </span>
            <Arrow path={ARROW_NEXT} />
          </AppLink>
        </div>
      ) : null}
    </nav>
  );
}
