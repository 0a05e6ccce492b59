import { Radios, YES_NO } from "@/components/Radios";
import { Textarea } from "@/components/Textarea";
import { TextInput } from "@/components/TextInput";
import type { FieldErrors } from "@/lib/catalogue/publishing/fields";

type Props = { values: Record<string, string>; errors: FieldErrors };

/** The system form's questions about reuse: what it does for others, its open code, and whether it is a shared platform. */
export function ReuseFields({ values, errors }: Props) {
  return (
    <fieldset className="mb-8 border-0 p-0">
      <legend className="govuk-heading-m">Reuse by others</legend>
      <p className="govuk-body">
        The reference architecture asks that “external operating units can reuse any software which has been created”. What you say here is how
        people find this system on “Before you build”.
      </p>
      <Textarea
        id="capabilities"
        name="capabilities"
        label="What it does for others (optional)"
        hint="One capability a line, in plain words, for example “Take card payments”"
        defaultValue={values.capabilities}
        error={errors.capabilities}
        rows={3}
      />
      <TextInput
        id="repositoryUrl"
        name="repositoryUrl"
        label="Source code repository (optional)"
        hint="“Code developed with public money should be made available to the public as open source.” For example, https://github.com/alphagov/pay-frontend"
        spellCheck={false}
        defaultValue={values.repositoryUrl}
        error={errors.repositoryUrl}
      />
      <TextInput
        id="licence"
        name="licence"
        label="Open-source licence (optional)"
        hint="Its SPDX identifier, for example MIT or OGL-UK-3.0"
        width="20"
        spellCheck={false}
        defaultValue={values.licence}
        error={errors.licence}
      />
      <Radios
        idPrefix="sharedPlatform"
        name="sharedPlatform"
        legend="Is it offered to other organisations as a shared platform?"
        hint="Like GOV.UK Pay or GOV.UK Notify: “Government as a Platform”"
        value={values.sharedPlatform}
        error={errors.sharedPlatform}
        inline
        items={YES_NO}
      />
      <TextInput id="platformAudience" name="platformAudience" label="If it is, who may use it" hint="For example, any public sector organisation" defaultValue={values.platformAudience} error={errors.platformAudience} />
      <TextInput
        id="onboardingUrl"
        name="onboardingUrl"
        label="If it is, where to start"
        hint="The web page where another organisation starts using it"
        spellCheck={false}
        defaultValue={values.onboardingUrl}
        error={errors.onboardingUrl}
      />
    </fieldset>
  );
}
