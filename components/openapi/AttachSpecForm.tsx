"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import { ErrorMessage } from "@/components/ErrorMessage";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";

export interface AttachSpecFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  apiId: string;
  title: string;
}

/** Upload a file, give its web address, or paste the text: one form, plain HTML underneath, so it works without JavaScript. */
export function AttachSpecForm({ action, apiId, title }: AttachSpecFormProps) {
  const [state, formAction] = useActionState(action, { values: {}, errors: {} });
  return (
    <>
      <FormProblems state={state} title={title} noun="API" />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Give an OpenAPI 3.0, 3.1 or Swagger 2.0 description, in YAML or JSON, up to 20 MB. We check it against the OpenAPI
        specification and the GDS API technical and data standards, and show what we find on the API&apos;s page.
      </p>
      <form action={formAction} key={state.attempt ?? 0} encType="multipart/form-data" noValidate>
        <input type="hidden" name="apiId" value={apiId} />
        <div className={state.errors.file ? "mb-6 border-l-4 border-error pl-4" : "mb-6"}>
          <label htmlFor="file" className="mb-1 block font-bold">
            Upload a file
          </label>
          <p id="file-hint" className="mb-2 text-base text-secondary-text">
            A .yaml, .yml or .json file
          </p>
          {state.errors.file ? <ErrorMessage id="file-error">{state.errors.file}</ErrorMessage> : null}
          <input
            id="file"
            name="file"
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            aria-describedby={state.errors.file ? "file-hint file-error" : "file-hint"}
            className="govuk-focus-input block text-base"
          />
        </div>
        <TextInput
          id="url"
          name="url"
          type="url"
          label="Or give its web address"
          hint="We fetch it now, then regularly to look for changes. It must start with https://"
          spellCheck={false}
          autoComplete="url"
          defaultValue={state.values.url}
          error={state.errors.url}
        />
        <Textarea id="source" name="source" label="Or paste it here" rows={12} spellCheck={false} defaultValue={state.values.source} error={state.errors.source} className="font-mono" />
        <Button>Check and add</Button>
      </form>
    </>
  );
}
