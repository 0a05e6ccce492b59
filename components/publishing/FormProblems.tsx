"use client";

import { ErrorSummary } from "@/components/ErrorSummary";
import type { FormState } from "@/lib/catalogue/publishing/form";

export interface FormProblemsProps {
  state: FormState;
  /** The page's own title, without the site name: it becomes "Error: …" while there are problems. */
  title: string;
  /** "API" or "system", for the stale-edit message. */
  noun: string;
  /** Where to get the current copy of the record after a stale edit. */
  reloadHref?: string;
}

export const staleMessage = (noun: string) =>
  `Someone else changed this ${noun} while you were editing it. Your changes have not been saved. Check the current details and make your changes again.`;

/**
 * The top of a form after a failed submission: an error summary linking to each field, and the
 * page title starting "Error: " (rendered here so it is right with JavaScript on and off alike).
 */
export function FormProblems({ state, title, noun, reloadHref }: FormProblemsProps) {
  const items = Object.entries(state.errors).map(([field, message]) => ({ href: `#${field}`, text: message }));
  const failed = items.length > 0 || Boolean(state.stale);
  return (
    <>
      {failed ? <title>{`Error: ${title} – API Catalogue`}</title> : null}
      {state.stale ? (
        <ErrorSummary
          description={staleMessage(noun)}
          errors={reloadHref ? [{ href: reloadHref, text: `Reload the current details of this ${noun}` }] : []}
        />
      ) : (
        <ErrorSummary errors={items} />
      )}
    </>
  );
}
