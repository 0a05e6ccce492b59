import { Select, type SelectOption } from "@/components/Select";

export interface OrganisationFieldProps {
  options: readonly SelectOption[];
  value: string;
  error?: string;
  /** On edit the organisation cannot change: it is shown, not asked. */
  fixed?: string;
}

/** Which organisation the record belongs to; not asked when there is only one possible answer. */
export function OrganisationField({ options, value, error, fixed }: OrganisationFieldProps) {
  const only = options.length === 1 ? options[0] : undefined;
  if (fixed || only) {
    return (
      <div className="mb-6">
        <p className="font-bold">Organisation</p>
        <p>{fixed ?? only!.text}</p>
        {only && !fixed ? <input type="hidden" name="organisationId" value={only.value} /> : null}
      </div>
    );
  }
  return (
    <Select
      id="organisationId"
      name="organisationId"
      label="Organisation"
      error={error}
      defaultValue={value}
      options={[{ value: "", text: "Select an organisation" }, ...options]}
    />
  );
}
