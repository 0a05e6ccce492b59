import type { ReactNode } from "react";
import { AppLink } from "./AppLink";
import { cx } from "./cx";

export interface SummaryListAction {
  href: string;
  text: string;
  /** Hidden text that says what the action is for, for example "contact email". */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryListAction[];
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
  /** Leave out the lines between rows. */
  noBorder?: boolean;
  className?: string;
}

const CELL = "tablet:table-cell tablet:py-2.5 tablet:pr-5 tablet:align-top";

/** GOV.UK summary list: key and value pairs, stacked on small screens. */
export function SummaryList({ rows, noBorder = false, className }: SummaryListProps) {
  if (rows.length === 0) return null;
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  return (
    <dl
      className={cx(
        "mt-0 mb-5 text-base leading-tight tablet:mb-[30px] tablet:table tablet:w-full tablet:table-fixed tablet:border-collapse tablet:text-[1.1875rem] tablet:leading-[1.3158]",
        className,
      )}
    >
      {rows.map((row, index) => (
        <div
          key={index}
          className={cx("mb-[15px] tablet:mb-0 tablet:table-row", !noBorder && "border-b border-border")}
        >
          <dt className={cx(CELL, "mb-[5px] font-bold tablet:w-[30%]")}>{row.key}</dt>
          <dd className={cx(CELL, "m-0 mb-[15px] wrap-anywhere tablet:mb-0")}>{row.value}</dd>
          {anyActions ? (
            <dd className={cx(CELL, "m-0 mb-[15px] tablet:mb-0 tablet:w-[20%] tablet:pr-0 tablet:text-right")}>
              {row.actions?.map((action) => (
                <AppLink key={action.href} href={action.href} className="govuk-link mr-2.5 last:mr-0">
                  {action.text}
                  {action.visuallyHiddenText ? <span className="sr-only"> {action.visuallyHiddenText}</span> : null}
                </AppLink>
              ))}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
