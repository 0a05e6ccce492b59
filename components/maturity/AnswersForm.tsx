"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { InsetText } from "@/components/InsetText";
import { Textarea } from "@/components/Textarea";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { RecordIdentity } from "@/components/publishing/RecordIdentity";

export type AnswerField = { id: string; text: string; asks: string; answer: string; links: string; comment: string | null; status: string };

export interface AnswersFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  title: string;
  criteria: AnswerField[];
  reloadHref: string;
}

/** The publisher's evidence for each attested criterion, with the assessor's comment on any returned. Works without JavaScript. */
export function AnswersForm({ action, record, title, criteria, reloadHref }: AnswersFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  const value = (name: string, stored: string) => state.values[name] ?? stored;
  return (
    <>
      <FormProblems state={state} title={title} noun="assessment" reloadHref={reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="mb-6 max-w-3xl">The other criteria are worked out from the catalogue. For these, say what your organisation does and link to the evidence. An assessor will accept or return each answer.</p>
      {state.errors.status ? <p id="status" className="mb-6 font-bold text-error">{state.errors.status}</p> : null}
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <RecordIdentity record={record} />
        {criteria.map((c) => (
          <fieldset key={c.id} className="mb-8 max-w-3xl border-b border-border pb-4">
            <legend className="mb-3 text-xl font-bold">{c.text}</legend>
            {c.status === "returned" && c.comment ? <InsetText>The assessor returned this answer: {c.comment}</InsetText> : null}
            {c.status === "accepted" ? <p className="mb-4">An assessor accepted this answer. Change it only if it is no longer true.</p> : null}
            <Textarea id={`text-${c.id}`} name={`text-${c.id}`} label="Evidence" hint={c.asks} defaultValue={value(`text-${c.id}`, c.answer)} error={state.errors[`text-${c.id}`]} />
            <Textarea id={`links-${c.id}`} name={`links-${c.id}`} label="Links (optional)" hint="One web address a line, starting with https://" rows={3} defaultValue={value(`links-${c.id}`, c.links)} error={state.errors[`links-${c.id}`]} />
          </fieldset>
        ))}
        <Button>Save and continue</Button>
      </form>
    </>
  );
}
