"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { TextInput } from "@/components/TextInput";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";

export interface ThresholdsFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  title: string;
  /** Each adjustable criterion: its form field, its words, whose grid it is in, and its percentage in force. */
  criteria: { field: string; text: string; scope: string; percent: number; defaultPercent: number }[];
}

/** One percentage per criterion, all saved together. Works without JavaScript. */
export function ThresholdsForm({ action, title, criteria }: ThresholdsFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun="threshold" />
      <form action={formAction} key={state.attempt ?? 0} noValidate className="max-w-3xl">
        {criteria.map((c) => (
          <TextInput
            key={c.field}
            id={c.field}
            name={c.field}
            label={`${c.scope}: ${c.text}`}
            hint={`The share must be more than this percentage, a whole number from 0 to 99. The model's default is ${c.defaultPercent} ("the majority").`}
            inputMode="numeric"
            width="3"
            autoComplete="off"
            defaultValue={state.values[c.field] ?? String(c.percent)}
            error={state.errors[c.field]}
          />
        ))}
        <Button>Save thresholds</Button>
      </form>
    </>
  );
}
