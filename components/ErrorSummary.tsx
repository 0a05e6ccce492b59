"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

export interface ErrorSummaryItem {
  /** "#" and the id of the field with the error, for example "#search-q". */
  href: string;
  text: ReactNode;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** Move focus to the summary when it appears (the GOV.UK default). */
  autoFocus?: boolean;
}

/** When an error link is followed, focus the field and show its label or legend. */
function focusTarget(event: MouseEvent<HTMLDivElement>) {
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  const href = link?.getAttribute("href");
  if (!href?.startsWith("#")) return;
  const field = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!field) return;
  event.preventDefault();
  const legend = field.closest("fieldset")?.querySelector("legend");
  const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary. Put it at the top of <main>, before the <h1>, and add
 * "Error: " to the start of the page title. Each error links to its field.
 */
export function ErrorSummary({ errors, title = "There is a problem", description, autoFocus = true }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(description);

  useEffect(() => {
    if (shown && autoFocus) ref.current?.focus();
  }, [shown, autoFocus]);

  if (!shown) return null;
  return (
    // The click handler only improves where focus goes after a link is followed;
    // the links themselves are ordinary, keyboard-operable anchors.
    <div
      ref={ref}
      tabIndex={-1}
      onClick={focusTarget}
      className="mb-[30px] border-5 border-error p-[15px] text-text focus:outline-3 focus:outline-offset-0 focus:outline-focus tablet:mb-[50px] tablet:p-5"
    >
      <div role="alert">
        <h2 className="mt-0 mb-[15px] text-[1.125rem] leading-[1.11] font-bold tablet:mb-5 tablet:text-[1.5rem] tablet:leading-tight">
          {title}
        </h2>
        <div className="[&>:last-child]:mb-0">
          {description ? <p className="mt-0 mb-[15px] tablet:mb-5">{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="m-0 list-none p-0">
              {errors.map((error, index) => (
                <li key={`${index}-${error.href}`} className="mb-[5px] last:mb-0">
                  <a href={error.href} className="govuk-focus-link font-bold text-error">
                    {error.text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
