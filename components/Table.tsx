import { isValidElement, type ReactNode } from "react";
import { cx } from "./cx";

export interface TableColumn {
  text: ReactNode;
  /** Right-align this column (head and body) and use tabular figures. */
  numeric?: boolean;
  /** For a column the rows are sorted by. */
  ariaSort?: "ascending" | "descending" | "none";
  className?: string;
}

export interface TableCell {
  text: ReactNode;
  /** Right-align this cell, even if its column is not numeric. */
  numeric?: boolean;
  className?: string;
  colSpan?: number;
}

/** A body cell: any React content, or a TableCell object for per-cell options. */
export type TableCellInput = ReactNode | TableCell;

function isCell(value: TableCellInput): value is TableCell {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isValidElement(value) && "text" in value;
}

export interface TableProps {
  caption?: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  /** For example "sr-only" when the page heading already says what the table is. */
  captionClassName?: string;
  /** Column headings. A string is short for { text }. */
  head?: ReadonlyArray<TableColumn | string>;
  rows: ReadonlyArray<ReadonlyArray<TableCellInput>>;
  /** Make the first cell of each row a row header (<th scope="row">). */
  firstCellIsHeader?: boolean;
  className?: string;
}

const CAPTION_SIZES = {
  s: "text-[1.125rem] tablet:text-[1.5rem]",
  m: "text-[1.3125rem] tablet:text-[1.6875rem] mb-[15px]",
  l: "text-[1.6875rem] tablet:text-[2.25rem] mb-[15px]",
  xl: "text-[2rem] tablet:text-[3rem] mb-[15px]",
};

const CELL = "border-b border-border py-2.5 pr-5 align-top last:pr-0";

/** GOV.UK table, with correct header scopes and optional numeric columns. */
export function Table({
  caption,
  captionSize = "m",
  captionClassName,
  head,
  rows,
  firstCellIsHeader = false,
  className,
}: TableProps) {
  const columns = (head ?? []).map((column) => (typeof column === "string" ? { text: column } : column));
  const numeric = (index: number) => columns[index]?.numeric === true;
  return (
    <table
      className={cx(
        "mb-5 w-full border-collapse border-spacing-0 text-base leading-tight text-text tablet:mb-[30px] tablet:text-[1.1875rem] tablet:leading-[1.3158]",
        className,
      )}
    >
      {caption ? (
        <caption className={cx("text-left leading-tight font-bold", CAPTION_SIZES[captionSize], captionClassName)}>{caption}</caption>
      ) : null}
      {columns.length > 0 ? (
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                aria-sort={column.ariaSort}
                className={cx(CELL, "font-bold", column.numeric ? "text-right" : "text-left", column.className)}
              >
                {column.text}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((input, index) => {
              const cell: TableCell = isCell(input) ? input : { text: input };
              const right = cell.numeric ?? numeric(index);
              const classes = cx(CELL, right ? "text-right tabular-nums" : "text-left", cell.className);
              return firstCellIsHeader && index === 0 ? (
                <th key={index} scope="row" colSpan={cell.colSpan} className={cx(classes, "font-bold")}>
                  {cell.text}
                </th>
              ) : (
                <td key={index} colSpan={cell.colSpan} className={classes}>
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
