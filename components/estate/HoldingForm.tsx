"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Radios } from "@/components/Radios";
import { Select, type SelectOption } from "@/components/Select";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { HOLDING_KINDS, HOLDING_LABELS } from "@/lib/estate/data-sets/rules";

const HINTS = {
  source: "This system holds the master copy",
  "in-step": "Updated from the authoritative source through a connection",
  replica: "A copy that is not kept up to date with the source. The reference architecture asks that data “should not replicate core data”.",
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  title: string;
  system: { id: string; name: string; slug: string };
  dataSets: readonly SelectOption[];
  connections: readonly SelectOption[];
};

/** "Declare a data set this system holds": which, how, and through which connection a copy is kept in step. */
export function HoldingForm({ action, initial, title, system, dataSets, connections }: Props) {
  const [state, formAction] = useActionState(action, initial);
  const { values: v, errors: e } = state;
  return (
    <>
      <FormProblems state={state} title={title} noun="holding" />
      <span className="govuk-caption-l">{system.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <input type="hidden" name="systemId" value={system.id} />
        <Select id="dataSetId" name="dataSetId" label="Core data set" defaultValue={v.dataSetId} error={e.dataSetId} options={[{ value: "", text: "Select a data set" }, ...dataSets]} />
        <Radios
          idPrefix="kind"
          name="kind"
          legend="How does this system hold it?"
          value={v.kind}
          error={e.kind}
          items={HOLDING_KINDS.map((kind) => ({ value: kind, label: HOLDING_LABELS[kind], hint: HINTS[kind] }))}
        />
        <Select
          id="connectionId"
          name="connectionId"
          label="Connection that keeps the copy in step"
          hint="Only for a copy kept in step: a connection between this system and the data set’s authoritative source"
          defaultValue={v.connectionId}
          error={e.connectionId}
          options={[{ value: "", text: "None" }, ...connections]}
        />
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <Button>Declare</Button>
          <a className="govuk-link" href={`/systems/${system.slug}`}>Cancel</a>
        </div>
      </form>
    </>
  );
}
