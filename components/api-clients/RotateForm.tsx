"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { ErrorMessage } from "@/components/ErrorMessage";
import type { ClientFormState } from "@/app/publish/clients/actions";
import { SecretShownOnce } from "./SecretShownOnce";

/** "Give it a new secret": the new secret is shown once, here. */
export function RotateForm({ action, id }: { action: (state: ClientFormState, formData: FormData) => Promise<ClientFormState>; id: string }) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  if (state.created) return <SecretShownOnce {...state.created} />;
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <h2 className="govuk-heading-m">Give it a new secret</h2>
      <p className="govuk-body">The old secret, and every token issued with it, stops working at once.</p>
      {state.errors.rotate ? <ErrorMessage id="rotate-error">{state.errors.rotate}</ErrorMessage> : null}
      <Button variant="secondary">Give it a new secret</Button>
    </form>
  );
}
