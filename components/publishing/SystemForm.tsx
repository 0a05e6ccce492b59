"use client";

import { useActionState } from "react";
import { Radios } from "@/components/Radios";
import type { SelectOption } from "@/components/Select";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { HOSTING, LIFECYCLES, LIFECYCLE_LABELS } from "@/lib/catalogue/vocabulary";
import { FormProblems } from "./FormProblems";
import { OrganisationField } from "./OrganisationField";
import { SubmitButtons } from "./SubmitButtons";
import { RecordIdentity } from "./RecordIdentity";
import { ReuseFields } from "./ReuseFields";

const HOSTING_ITEMS: Record<(typeof HOSTING)[number], string> = { cloud: "Cloud", "on-premises": "On premises", hybrid: "Hybrid (cloud and on premises)" };

export interface SystemFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  title: string;
  organisations: readonly SelectOption[];
  /** For an edit: the record, its version when loaded, and its organisation's name. */
  record?: { id: string; version: number; status: "draft" | "published"; organisation: string; reloadHref: string };
  cancelHref: string;
}

/** The system form: one page, since every question is short. Works without JavaScript. */
export function SystemForm({ action, initial, title, organisations, record, cancelHref }: SystemFormProps) {
  const [state, formAction] = useActionState(action, initial);
  const { values, errors } = state;
  return (
    <>
      <FormProblems state={state} title={title} noun="system" reloadHref={record?.reloadHref} />
      <h1 className="govuk-heading-l">{title}</h1>
      {/* A new key per attempt remounts the fields, so each shows what was just submitted. */}
      <form action={formAction} key={state.attempt ?? 0} noValidate>
        {record ? <RecordIdentity record={record} /> : null}
        <OrganisationField options={organisations} value={values.organisationId ?? ""} error={errors.organisationId} fixed={record?.organisation} />
        <TextInput id="name" name="name" label="Name" defaultValue={values.name} error={errors.name} hint="For example, Vehicle register" />
        <Textarea
          id="description"
          name="description"
          label="Description"
          defaultValue={values.description}
          error={errors.description}
          hint="What the system does and who uses it. The reference architecture for government data and APIs asks that “every system and its connections to every other system are documented”."
        />
        <Radios
          idPrefix="lifecycle"
          name="lifecycle"
          legend="What stage is the system at?"
          value={values.lifecycle}
          error={errors.lifecycle}
          items={LIFECYCLES.map((value) => ({ value, label: LIFECYCLE_LABELS[value] }))}
        />
        <Radios
          idPrefix="hosting"
          name="hosting"
          legend="Where is it hosted?"
          hint="The reference architecture for government data and APIs asks for “a service which can scale with demand using cloud technology”."
          value={values.hosting}
          error={errors.hosting}
          items={HOSTING.map((value) => ({ value, label: HOSTING_ITEMS[value] }))}
        />
        <TextInput id="ownerTeam" name="ownerTeam" label="Team that owns the system" defaultValue={values.ownerTeam} error={errors.ownerTeam} />
        <TextInput
          id="ownerEmail"
          name="ownerEmail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          label="Team’s email address"
          hint="A shared mailbox, so it still works when people move on"
          defaultValue={values.ownerEmail}
          error={errors.ownerEmail}
        />
        <ReuseFields values={values} errors={errors} />
        <SubmitButtons status={record?.status ?? "new"} cancelHref={cancelHref} />
      </form>
    </>
  );
}
