"use client";

import { useActionState } from "react";
import { Button } from "@/components/Button";
import { ErrorMessage } from "@/components/ErrorMessage";
import { Radios, YES_NO } from "@/components/Radios";
import { Select, type SelectOption } from "@/components/Select";
import { Textarea } from "@/components/Textarea";
import { FormProblems } from "@/components/publishing/FormProblems";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { LIFECYCLE_LABELS, VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { CONNECTION_LIFECYCLES } from "@/lib/estate/connections-form";
import { FREQUENCIES, FREQUENCY_LABELS, TECHNOLOGIES, TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";
import { RecordIdentity } from "@/components/publishing/RecordIdentity";

type End = { id: string; name: string };

export interface ConnectionFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  title: string;
  from: End;
  to: End;
  /** The receiving system's APIs the connection may go through. */
  apis: readonly SelectOption[];
  /** For an edit: the record and its version when loaded. */
  record?: { id: string; version: number; reloadHref: string };
  /** Where to choose the systems again (a new connection only). */
  changeHref?: string;
  cancelHref: string;
}

const VISIBILITY_ITEMS = {
  public: "Public: anyone can see it",
  government: "Government only: anyone signed in to the catalogue",
  internal: "Internal: the publishers of the two systems’ organisations",
} as const;

/** What flows between two systems and how: one page, since each question is short. Works without JavaScript. */
export function ConnectionForm({ action, initial, title, from, to, apis, record, changeHref, cancelHref }: ConnectionFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const { values, errors } = state;
  return (
    <>
      <FormProblems state={state} title={title} noun="connection" reloadHref={record?.reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        {record ? <RecordIdentity record={record} /> : null}
        <input type="hidden" name="fromSystemId" value={from.id} />
        <input type="hidden" name="toSystemId" value={to.id} />
        <dl className="mb-8 border-b border-border">
          {(["fromSystemId", "toSystemId"] as const).map((field) => (
            <div key={field} id={field} tabIndex={-1} className="flex flex-wrap gap-x-4 border-t border-border py-2.5">
              <dt className="w-48 font-bold">{field === "fromSystemId" ? "Sending system" : "Receiving system"}</dt>
              <dd className="mr-auto">
                {errors[field] ? <ErrorMessage id={`${field}-error`}>{errors[field]}</ErrorMessage> : null}
                {field === "fromSystemId" ? from.name : to.name}
              </dd>
              {changeHref ? (
                <dd>
                  <a className="govuk-link" href={changeHref}>Change<span className="sr-only"> the systems</span></a>
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
        <Radios idPrefix="direction" name="direction" legend="Which way does data flow?" value={values.direction} error={errors.direction} items={[
          { value: "one-way", label: `One way, from ${from.name} to ${to.name}` },
          { value: "both", label: "Both ways" },
        ]} />
        <Select id="apiId" name="apiId" label={`Through which API of ${to.name}? (optional)`} hint="Only if the sending system uses an API in the catalogue" defaultValue={values.apiId ?? ""} error={errors.apiId} options={[{ value: "", text: "Not through an API in the catalogue" }, ...apis]} />
        <Textarea id="description" name="description" label="What data is exchanged?" hint="For example, the tax status of a vehicle, looked up by its registration number" defaultValue={values.description} error={errors.description} />
        <Radios idPrefix="technology" name="technology" legend="Technology and format" value={values.technology} error={errors.technology} items={TECHNOLOGIES.map((value) => ({ value, label: TECHNOLOGY_LABELS[value] }))} />
        <Radios idPrefix="openStandard" name="openStandard" legend="Is the format an open standard?" hint="The GDS API standards ask that you use open standards, such as JSON, XML or CSV" inline value={values.openStandard} error={errors.openStandard} items={YES_NO} />
        <Radios idPrefix="personalData" name="personalData" legend="Does personal data flow?" inline value={values.personalData} error={errors.personalData} items={YES_NO} />
        <Radios idPrefix="personalDataLogged" name="personalDataLogged" legend="If personal data flows, are requests for it logged?" hint="Point 23 of the GDS API standards asks that requests for personal data are logged. Leave this blank if no personal data flows." inline value={values.personalDataLogged} error={errors.personalDataLogged} items={YES_NO} />
        <Radios idPrefix="frequency" name="frequency" legend="How often does data flow?" value={values.frequency} error={errors.frequency} items={FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))} />
        <Radios idPrefix="lifecycle" name="lifecycle" legend="What stage is the connection at?" value={values.lifecycle} error={errors.lifecycle} items={CONNECTION_LIFECYCLES.map((value) => ({ value, label: LIFECYCLE_LABELS[value] }))} />
        <Radios idPrefix="visibility" name="visibility" legend="Who can see this connection?" hint="People see a connection only if they can also see both of its systems" value={values.visibility} error={errors.visibility} items={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_ITEMS[value] }))} />
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <Button>{record ? "Save changes" : "Add connection"}</Button>
          <a className="govuk-link" href={cancelHref}>Cancel</a>
        </div>
      </form>
    </>
  );
}
