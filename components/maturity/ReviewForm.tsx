"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Radios } from "@/components/Radios";
import { Textarea } from "@/components/Textarea";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { RecordIdentity } from "@/components/publishing/RecordIdentity";

export type ReviewItem = { id: string; text: string; answer: string; links: string[] };

export interface ReviewFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  title: string;
  items: ReviewItem[];
  reloadHref: string;
}

/** An assessor accepts each answer or returns it with a comment, then returns or approves the assessment. Works without JavaScript. */
export function ReviewForm({ action, record, title, items, reloadHref }: ReviewFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun="assessment" reloadHref={reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <RecordIdentity record={record} />
        {items.map((item) => (
          <section key={item.id} className="mb-8 max-w-3xl border-b border-border pb-4" aria-labelledby={`heading-${item.id}`}>
            <h2 id={`heading-${item.id}`} className="mb-3 text-xl font-bold">{item.text}</h2>
            <p className="mb-3 whitespace-pre-line">{item.answer}</p>
            {item.links.length ? (
              <ul className="mb-4 list-disc pl-5">
                {item.links.map((link) => (
                  <li key={link}><a className="govuk-link" href={link}>{link}</a></li>
                ))}
              </ul>
            ) : null}
            <Radios
              idPrefix={`verdict-${item.id}`}
              name={`verdict-${item.id}`}
              legend="Your verdict on this evidence"
              legendSize="s"
              inline
              value={state.values[`verdict-${item.id}`]}
              error={state.errors[`verdict-${item.id}`]}
              items={[{ value: "accept", label: "Accept" }, { value: "return", label: "Return" }]}
            />
            <Textarea id={`comment-${item.id}`} name={`comment-${item.id}`} label="Comment for the publisher" hint="Needed when you return the evidence: say what is missing." rows={3} defaultValue={state.values[`comment-${item.id}`]} error={state.errors[`comment-${item.id}`]} />
          </section>
        ))}
        <Radios
          idPrefix="decision"
          name="decision"
          legend="What happens to the assessment"
          legendSize="m"
          value={state.values.decision}
          error={state.errors.decision}
          items={[
            { value: "return", label: "Return it to the publisher", hint: "They see your comments, answer them and submit again." },
            { value: "approve", label: "Approve and publish it", hint: "The grid and its evidence are kept as they are today. Nobody can change them after." },
          ]}
        />
        <Button>Send review</Button>
      </form>
    </>
  );
}
