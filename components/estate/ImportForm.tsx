"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { ErrorMessage } from "@/components/ErrorMessage";
import { ErrorSummary } from "@/components/ErrorSummary";
import { FormGroup, describedBy } from "@/components/FormGroup";
import { Hint } from "@/components/Hint";
import { Label } from "@/components/Label";
import { NotificationBanner } from "@/components/NotificationBanner";
import { OrganisationField } from "@/components/publishing/OrganisationField";
import type { SelectOption } from "@/components/Select";
import { Textarea } from "@/components/Textarea";
import { IMPORT_TITLE, type ImportState } from "@/lib/estate/backstage/form";
import { ImportPreview } from "./ImportPreview";

export interface ImportFormProps {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  initial: ImportState;
  organisations: readonly SelectOption[];
  maxKilobytes: number;
}

/** Choose or paste a catalog-info.yaml, see what it would do, then import it. Works without JavaScript. */
export function ImportForm({ action, initial, organisations, maxKilobytes }: ImportFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const { values, errors, preview, done } = state;
  const problems = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  if (done) {
    return (
      <>
        <title>{`Imported – ${IMPORT_TITLE} – API Catalogue`}</title>
        <NotificationBanner type="success" heading="The import is complete">
          <p>{done.summary.headline}.</p>
          <p>
            <a className="govuk-link" href={`/estate/table?organisation=${encodeURIComponent(done.organisationSlug)}`}>See your organisation’s systems and connections</a>
          </p>
        </NotificationBanner>
        <h1 className="govuk-heading-l">{IMPORT_TITLE}</h1>
        <ImportPreview summary={done.summary} />
        <p className="govuk-body"><a className="govuk-link" href="/publish/import">Import another file</a></p>
      </>
    );
  }
  if (preview && !problems.length) {
    return (
      <>
        <title>{`Check the import – ${IMPORT_TITLE} – API Catalogue`}</title>
        <h1 className="govuk-heading-l">Check what the import will do</h1>
        <ImportPreview summary={preview} />
        <form action={formAction}>
          <input type="hidden" name="organisationId" value={values.organisationId} />
          <input type="hidden" name="yaml" value={values.yaml} />
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Button name="intent" value="import">Import</Button>
            <a className="govuk-link" href="/publish/import">Choose a different file</a>
          </div>
        </form>
      </>
    );
  }
  return (
    <>
      {problems.length ? <title>{`Error: ${IMPORT_TITLE} – API Catalogue`}</title> : null}
      <ErrorSummary errors={problems} />
      <h1 className="govuk-heading-l">{IMPORT_TITLE}</h1>
      <p className="govuk-body max-w-2xl">
        Add your organisation’s systems, APIs and the connections between them from a Backstage <code>catalog-info.yaml</code>. You will see what the import will do before anything is saved.
      </p>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        <OrganisationField options={organisations} value={values.organisationId} error={errors.organisationId} />
        <FormGroup error={Boolean(errors.file)}>
          <Label htmlFor="file">Upload a catalog-info.yaml file</Label>
          <Hint id="file-hint">{`One or more entities (System, Component, API, Resource, Group) separated by ---, up to ${maxKilobytes} KB`}</Hint>
          {errors.file ? <ErrorMessage id="file-error">{errors.file}</ErrorMessage> : null}
          <input id="file" name="file" type="file" accept=".yaml,.yml,application/yaml,text/yaml" aria-describedby={describedBy("file-hint", errors.file && "file-error")} className="govuk-focus-input block text-base" />
        </FormGroup>
        <Textarea id="yaml" name="yaml" label="Or paste its contents" rows={12} defaultValue={values.yaml} spellCheck={false} />
        <Button name="intent" value="preview">Preview the import</Button>
      </form>
    </>
  );
}
