"use client";

import { useActionState } from "react";
import { LIFECYCLES as LIFECYCLE_INFO } from "@/components/LifecycleTag";
import { Radios, YES_NO } from "@/components/Radios";
import { Select, type SelectOption } from "@/components/Select";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { AUTH_TYPES, AUTH_TYPE_LABELS, LIFECYCLES, LIFECYCLE_LABELS, VISIBILITIES, VISIBILITY_LABELS } from "@/lib/catalogue/vocabulary";
import { FormProblems } from "./FormProblems";
import { OrganisationField } from "./OrganisationField";
import { SubmitButtons } from "./SubmitButtons";
import { RecordIdentity } from "./RecordIdentity";

const VISIBILITY_HINTS = {
  public: "Anyone can find it in the catalogue",
  government: "Only people signed in to the catalogue",
  internal: "Only your organisation’s publishers, assessors and administrators",
};

export interface ApiFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  title: string;
  organisations: readonly SelectOption[];
  systems: readonly SelectOption[];
  /** For an edit: the record, its version when loaded, and its organisation's name. */
  record?: { id: string; version: number; status: "draft" | "published"; organisation: string; reloadHref: string };
  cancelHref: string;
}

/** The API form, in sections. Every answer is checked again on the server; works without JavaScript. */
export function ApiForm({ action, initial, title, organisations, systems, record, cancelHref }: ApiFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const { values: v, errors: e } = state;
  const date = (id: "startDate" | "deprecatedAt" | "sunsetAt", label: string, hint: string) => (
    <TextInput id={id} name={id} label={label} hint={hint} width="10" autoComplete="off" defaultValue={v[id]} error={e[id]} />
  );
  return (
    <>
      <FormProblems state={state} title={title} noun="API" reloadHref={record?.reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        {record ? <RecordIdentity record={record} /> : null}
        <h2 className="govuk-heading-m">About the API</h2>
        <OrganisationField options={organisations} value={v.organisationId ?? ""} error={e.organisationId} fixed={record?.organisation} />
        <Select
          id="systemId"
          name="systemId"
          label="System it belongs to (optional)"
          hint="If the system is not listed, register it first."
          defaultValue={v.systemId ?? ""}
          error={e.systemId}
          options={[{ value: "", text: "Not part of a registered system" }, ...systems]}
        />
        <TextInput id="name" name="name" label="Name" defaultValue={v.name} error={e.name} hint="For example, Vehicle Enquiry Service" />
        <Textarea id="description" name="description" label="Description" defaultValue={v.description} error={e.description} hint="What it does and who it is for. Start a line with “- ” for a bulleted list." />
        <TextInput id="tags" name="tags" label="Tags (optional)" hint="Separate tags with commas, for example vehicles, driving licences. Up to 20." defaultValue={v.tags} error={e.tags} />
        <Radios
          idPrefix="servesDataset"
          name="servesDataset"
          legend="Does the API serve a dataset?"
          hint="For example statistics, a register or open data that people may want whole. The GDS API standards’ points on downloading a whole dataset in bulk (21) and keeping a local copy up to date (22) are checked only for an API that serves a dataset."
          value={v.servesDataset}
          error={e.servesDataset}
          inline
          items={YES_NO}
        />

        <h2 className="govuk-heading-m">Where to find it</h2>
        <TextInput
          id="url"
          name="url"
          type="url"
          spellCheck={false}
          label="Base URL (optional)"
          hint="Where requests go, for example https://api.example.gov.uk/v1. The GDS API technical and data standards say “You should use HTTPS when creating APIs” and to “use a version number as part of the URL when making backwards incompatible changes”."
          defaultValue={v.url}
          error={e.url}
        />
        <TextInput
          id="documentationUrl"
          name="documentationUrl"
          type="url"
          spellCheck={false}
          label="Documentation URL (optional)"
          hint="The reference architecture asks that every API “is documented according to the OpenAPI specification”. Link to the page that explains how to use it."
          defaultValue={v.documentationUrl}
          error={e.documentationUrl}
        />
        <TextInput id="maintainer" name="maintainer" spellCheck={false} label="Contact (optional)" hint="An email address, or a web page starting https://, where people who use the API can get help" defaultValue={v.maintainer} error={e.maintainer} />
        <TextInput id="licence" name="licence" label="Licence (optional)" hint="For example, Open Government Licence v3.0, or a link to the licence starting https://" defaultValue={v.licence} error={e.licence} />
        <TextInput id="areaServed" name="areaServed" label="Area served (optional)" hint="For example, England and Wales" defaultValue={v.areaServed} error={e.areaServed} />

        <h2 className="govuk-heading-m">Lifecycle</h2>
        <Radios
          idPrefix="lifecycle"
          name="lifecycle"
          legend="What stage is the API at?"
          value={v.lifecycle}
          error={e.lifecycle}
          items={LIFECYCLES.map((value) => ({ value, label: LIFECYCLE_LABELS[value], hint: LIFECYCLE_INFO[value].description }))}
        />
        {date("startDate", "Start date (optional)", "When it went live, for example 2024-04-01")}
        {date(
          "deprecatedAt",
          "Deprecation date (optional)",
          "When people should stop building on it. The GDS API standards ask you to “Set clear API deprecation policies” and “State how long users have to upgrade”. If the API is deprecated and you leave this blank, today’s date is recorded.",
        )}
        {date("sunsetAt", "Sunset date (optional)", "When it will be, or was, switched off: the same as or after the deprecation date. If the API is retired and you leave this blank, today’s date is recorded.")}

        <h2 className="govuk-heading-m">Access</h2>
        <Radios
          idPrefix="visibility"
          name="visibility"
          legend="Who can see it in the catalogue?"
          value={v.visibility}
          error={e.visibility}
          items={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value], hint: VISIBILITY_HINTS[value] }))}
        />
        <Radios
          idPrefix="authType"
          name="authType"
          legend="How do applications authenticate?"
          hint="The reference architecture asks that “every API uses a common authentication protocol”; the GDS API standards say “Use OAuth2, the open authorisation framework, to authorise the client application”, and for open data “do not use authentication so you can maximise the use of your API”."
          value={v.authType}
          error={e.authType}
          items={AUTH_TYPES.map((value) => ({ value, label: AUTH_TYPE_LABELS[value] }))}
        />
        <SubmitButtons status={record?.status ?? "new"} cancelHref={cancelHref} />
      </form>
    </>
  );
}
