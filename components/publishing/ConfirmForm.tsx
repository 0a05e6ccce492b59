"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/Button";
import { TextInput } from "@/components/TextInput";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { FormProblems } from "./FormProblems";
import { RecordIdentity } from "./RecordIdentity";

export interface ConfirmFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  /** The page title, for "Error: …". */
  title: string;
  noun: "API" | "system" | "connection" | "holding";
  button: string;
  /** The button's id: where the error summary's link for a refusal points ("publish" or "confirm"). */
  buttonId?: "publish" | "confirm";
  variant?: ButtonVariant;
  cancelHref?: string;
  reloadHref: string;
  /** An optional date asked on the same page (the sunset date when retiring an API). */
  dateField?: { label: string; hint: string; value: string };
  /** What comes between the error summary and the form: the heading and what will happen. */
  children?: ReactNode;
}

/** One button that does one thing to a record (publish, retire, delete), with its problems shown above. */
export function ConfirmForm({ action, record, title, noun, button, buttonId = "confirm", variant = "primary", cancelHref, reloadHref, dateField, children }: ConfirmFormProps) {
  const [state, formAction] = useActionState(action, { values: dateField ? { sunsetAt: dateField.value } : {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun={noun} reloadHref={reloadHref} />
      {children}
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <RecordIdentity record={record} />
        {dateField ? (
          <TextInput id="sunsetAt" name="sunsetAt" label={dateField.label} hint={dateField.hint} width="10" autoComplete="off" defaultValue={state.values.sunsetAt} error={state.errors.sunsetAt} />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <Button id={buttonId} variant={variant}>
            {button}
          </Button>
          {cancelHref ? (
            <a className="govuk-link" href={cancelHref}>
              Cancel
            </a>
          ) : null}
        </div>
      </form>
    </>
  );
}
