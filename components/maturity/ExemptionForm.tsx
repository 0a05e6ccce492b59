"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Radios } from "@/components/Radios";
import { Select } from "@/components/Select";
import { TextInput } from "@/components/TextInput";
import { Textarea } from "@/components/Textarea";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";

export interface ExemptionFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  target: { organisationId: string; systemId?: string };
  title: string;
  criteria: { id: string; text: string }[];
  cancelHref: string;
}

/** An assessor exempts a criterion, or judges it not applicable, with a reason and an expiry. Works without JavaScript. */
export function ExemptionForm({ action, target, title, criteria, cancelHref }: ExemptionFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  const v = state.values;
  return (
    <>
      <FormProblems state={state} title={title} noun="exemption" />
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate className="max-w-3xl">
        <input type="hidden" name="organisationId" value={target.organisationId} />
        <input type="hidden" name="systemId" value={target.systemId ?? ""} />
        <Select id="criterionId" name="criterionId" label="Criterion" defaultValue={v.criterionId ?? ""} error={state.errors.criterionId} options={[{ value: "", text: "Choose a criterion" }, ...criteria.map((c) => ({ value: c.id, text: c.text }))]} />
        <Radios
          idPrefix="kind"
          name="kind"
          legend="What it is"
          legendSize="s"
          value={v.kind}
          error={state.errors.kind}
          items={[
            { value: "exempt", label: "Exempt", hint: "It applies, but is not to count against the level for now." },
            { value: "not-applicable", label: "Not applicable", hint: "It does not apply here." },
          ]}
        />
        <Textarea id="reason" name="reason" label="Reason" hint="The people who see the grid read this beside the criterion." defaultValue={v.reason} error={state.errors.reason} />
        <TextInput id="expiresAt" name="expiresAt" label="Expiry date" hint="After this date the criterion counts again. For example, 2027-03-31" width="10" autoComplete="off" defaultValue={v.expiresAt} error={state.errors.expiresAt} />
        <div className="flex flex-wrap items-center gap-4">
          <Button>Approve exemption</Button>
          <a className="govuk-link" href={cancelHref}>Cancel</a>
        </div>
      </form>
    </>
  );
}
