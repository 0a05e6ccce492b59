"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Textarea } from "@/components/Textarea";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { RecordIdentity } from "@/components/publishing/RecordIdentity";

export interface DisputeFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  title: string;
  heading: string;
  cancelHref: string;
  reloadHref: string;
}

/** The other end says a connection is wrong, and why. Works without JavaScript. */
export function DisputeForm({ action, record, title, heading, cancelHref, reloadHref }: DisputeFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun="connection" reloadHref={reloadHref} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <RecordIdentity record={record} />
        <Textarea
          id="disputeReason"
          name="disputeReason"
          label="Why it is wrong"
          hint="Say what is wrong, for example that data no longer flows this way, or flows through another API. The publishers of the other system will see it."
          defaultValue={state.values.disputeReason}
          error={state.errors.disputeReason}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button variant="warning">Dispute connection</Button>
          <a className="govuk-link" href={cancelHref}>Cancel</a>
        </div>
      </form>
    </>
  );
}
