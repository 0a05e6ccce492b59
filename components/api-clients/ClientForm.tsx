"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Checkboxes } from "@/components/Checkboxes";
import { ErrorSummary } from "@/components/ErrorSummary";
import { OrganisationField } from "@/components/publishing/OrganisationField";
import type { SelectOption } from "@/components/Select";
import { TextInput } from "@/components/TextInput";
import type { ClientFormState } from "@/app/publish/clients/actions";
import { SecretShownOnce } from "./SecretShownOnce";

const TITLE = "Create an API client";
const ORDER = ["organisationId", "name", "scopes"];

export interface ClientFormProps {
  action: (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
  organisations: readonly SelectOption[];
  scopes: readonly { value: string; description: string }[];
}

/** Name the client and choose its scopes; on success its secret is shown, once. Works without JavaScript. */
export function ClientForm({ action, organisations, scopes }: ClientFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  const { values, errors, created } = state;
  if (created) {
    return (
      <>
        <title>{`Client created – API Catalogue`}</title>
        <h1 className="govuk-heading-l">Client created</h1>
        <SecretShownOnce {...created} />
        <p className="govuk-body"><a className="govuk-link" href="/publish/clients">Back to your API clients</a></p>
      </>
    );
  }
  const problems = Object.entries(errors)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      {problems.length ? <title>{`Error: ${TITLE} – API Catalogue`}</title> : null}
      <ErrorSummary errors={problems} />
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body max-w-2xl">A client lets one of your pipelines use the catalogue’s API for your organisation. Give each pipeline its own client, with only the scopes it needs.</p>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <OrganisationField options={organisations} value={values.organisationId ?? ""} error={errors.organisationId} />
        <TextInput id="name" name="name" label="Name" hint="Say which pipeline uses it, for example ‘Vehicle APIs release pipeline’" defaultValue={values.name ?? ""} error={errors.name} maxLength={100} />
        <Checkboxes
          idPrefix="scopes"
          name="scopes"
          legend="What may it do?"
          hint="Select all that apply"
          error={errors.scopes}
          items={scopes.map((s) => ({ value: s.value, label: <code>{s.value}</code>, hint: s.description, checked: values.scopes?.includes(s.value) }))}
        />
        <Button>Create client</Button>
      </form>
    </>
  );
}
