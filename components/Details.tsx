import type { ReactNode } from "react";

/** GOV.UK details: a link-styled summary that opens to show more, without JavaScript. */
export function Details({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  return (
    <details className={className}>
      <summary className="govuk-link cursor-pointer text-link underline">{summary}</summary>
      <div className="mt-3 border-l-5 border-border pl-4">{children}</div>
    </details>
  );
}
