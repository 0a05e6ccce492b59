"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Select, type SelectOption } from "@/components/Select";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import { FormProblems } from "@/components/publishing/FormProblems";
import { OrganisationField } from "@/components/publishing/OrganisationField";
import type { FormState } from "@/lib/catalogue/publishing/form";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  title: string;
  organisations: readonly SelectOption[];
  /** The published systems of those organisations, by organisation. */
  systems: readonly { label: string; options: readonly SelectOption[] }[];
};

/** "Add a core data set": one page, working without JavaScript. */
export function DataSetForm({ action, initial, title, organisations, systems }: Props) {
  const [state, formAction] = useActionState(action, initial);
  const { values: v, errors: e } = state;
  return (
    <>
      <FormProblems state={state} title={title} noun="data set" />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body max-w-2xl">
        “Wherever possible you should reuse existing data sets.” A core data set is one other systems should draw on, not copy: say which of
        your systems is its authoritative source and how it is published.
      </p>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <OrganisationField options={organisations} value={v.organisationId ?? ""} error={e.organisationId} />
        <TextInput id="name" name="name" label="Name" hint="For example, Register of government organisations" defaultValue={v.name} error={e.name} />
        <Textarea id="description" name="description" label="Description" defaultValue={v.description} error={e.description} rows={3} />
        <Select
          id="sourceSystemId"
          name="sourceSystemId"
          label="Authoritative source"
          hint="The published system that holds the master copy"
          defaultValue={v.sourceSystemId}
          error={e.sourceSystemId}
          options={[{ value: "", text: "Select a system" }]}
          groups={systems}
        />
        <TextInput id="standard" name="standard" label="Open standard it is published in" hint="For example, BS 7666 or HL7 FHIR UK Core" defaultValue={v.standard} error={e.standard} />
        <TextInput id="format" name="format" label="Format" hint="For example, CSV or JSON" width="20" defaultValue={v.format} error={e.format} />
        <TextInput id="licence" name="licence" label="Licence (optional)" hint="Its SPDX identifier, for example OGL-UK-3.0. Leave blank if it is not openly licensed." width="20" spellCheck={false} defaultValue={v.licence} error={e.licence} />
        <TextInput id="downloadUrl" name="downloadUrl" label="Bulk download (optional)" hint="Where the whole data set can be downloaded, starting https://" spellCheck={false} defaultValue={v.downloadUrl} error={e.downloadUrl} />
        <TextInput id="metadataUrl" name="metadataUrl" label="Metadata (optional)" hint="Its CSV on the Web (CSVW) or other metadata, starting https://" spellCheck={false} defaultValue={v.metadataUrl} error={e.metadataUrl} />
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <Button>Add data set</Button>
          <a className="govuk-link" href="/data-sets">Cancel</a>
        </div>
      </form>
    </>
  );
}
