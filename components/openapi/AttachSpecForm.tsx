import { Button } from "@/components/Button";
import { ErrorSummary } from "@/components/ErrorSummary";
import { Radios } from "@/components/Radios";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import type { Attempt } from "@/lib/openapi/attempts";
import { megabytes } from "@/lib/openapi/size";
import { SpecFileInput } from "./SpecFileInput";

export interface AttachSpecFormProps {
  apiId: string;
  title: string;
  /** The largest file or text accepted (SPEC_MAX_BYTES). */
  maxBytes: number;
  /** The publisher's last attempt, when the form comes back to them. */
  attempt?: Attempt | null;
}

// In the order the fields appear, so the summary lists them as the page does.
const FIELDS = ["root", "file", "url", "source"] as const;

/**
 * Upload a file (one document, or a .zip of a multi-file spec), give its web address, or paste the
 * text: one plain HTML form, posted to app/publish/specs/upload/route.ts, so it works without
 * JavaScript. When an archive's root document is not clear, it asks which file it is.
 */
export function AttachSpecForm({ apiId, title, maxBytes, attempt }: AttachSpecFormProps) {
  const errors = attempt?.errors ?? {};
  const archive = attempt?.archive;
  return (
    <>
      <ErrorSummary errors={FIELDS.filter((field) => errors[field]).map((field) => ({ href: `#${field}`, text: errors[field] }))} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Give an OpenAPI 3.0, 3.1 or Swagger 2.0 description, in YAML or JSON, up to {megabytes(maxBytes)}. A description split across
        several files can be uploaded as a .zip of them. We check it against the OpenAPI specification and the GDS API technical and data
        standards, and show what we find on the API&apos;s page.
      </p>
      <form action="/publish/specs/upload" method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="apiId" value={apiId} />
        {archive ? (
          <>
            <input type="hidden" name="attempt" value={attempt.id} />
            <Radios
              idPrefix="root"
              name="root"
              legend={`Which file in ${archive.name} is the root document?`}
              legendSize="s"
              hint="The root document describes the API; the archive's other files are the parts it refers to. We keep the archive for an hour while you choose."
              error={errors.root}
              items={archive.candidates.map((path) => ({ value: path, label: path }))}
            />
          </>
        ) : null}
        <SpecFileInput maxBytes={maxBytes} error={errors.file} />
        <TextInput
          id="url"
          name="url"
          type="url"
          label="Or give its web address"
          hint="We fetch it now, then regularly to look for changes. It must start with https://"
          spellCheck={false}
          autoComplete="url"
          defaultValue={attempt?.values.url}
          error={errors.url}
        />
        <Textarea id="source" name="source" label="Or paste it here" rows={12} spellCheck={false} defaultValue={attempt?.values.source} error={errors.source} className="font-mono" />
        <Button>Check and add</Button>
      </form>
    </>
  );
}
