"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/Button";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { RecordIdentity } from "@/components/publishing/RecordIdentity";

export interface SubmitAssessmentFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  title: string;
  reloadHref: string;
  /** The answers to check; each row carries the id its problem links to. */
  children: ReactNode;
}

/** Check the answers, then send them to an assessor. Works without JavaScript. */
export function SubmitAssessmentForm({ action, record, title, reloadHref, children }: SubmitAssessmentFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun="assessment" reloadHref={reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      {children}
      <form action={formAction} noValidate>
        <RecordIdentity record={record} />
        {state.errors.status ? <p id="status" className="mb-6 font-bold text-error">{state.errors.status}</p> : null}
        <Button>Submit for review</Button>
      </form>
    </>
  );
}
