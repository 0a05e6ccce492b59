import { Button } from "@/components/Button";
import { ErrorSummary } from "@/components/ErrorSummary";
import { Radios } from "@/components/Radios";
import { Select, type SelectOption } from "@/components/Select";

export interface ChooseOtherSystemProps {
  system: { slug: string; name: string };
  groups: readonly { label: string; options: readonly SelectOption[] }[];
  values: { end?: string; other?: string };
  errors: { end?: string; other?: string };
}

/** The first step of adding a connection: which way, and the other system. A GET form, so it works without JavaScript. */
export function ChooseOtherSystem({ system, groups, values, errors }: ChooseOtherSystemProps) {
  const problems = (["end", "other"] as const).flatMap((field) => (errors[field] ? [{ href: `#${field}`, text: errors[field]! }] : []));
  return (
    <>
      <ErrorSummary errors={problems} />
      <span className="govuk-caption-l">{system.name}</span>
      <h1 className="govuk-heading-l">Add a connection</h1>
      <form method="get" action={`/systems/${system.slug}/connections/new`} noValidate>
        <input type="hidden" name="choose" value="1" />
        <Radios
          idPrefix="end"
          name="end"
          legend={`Does ${system.name} send or receive the data?`}
          hint="For data that flows both ways, choose the system whose API is used, if any, as the receiving one"
          value={values.end}
          error={errors.end}
          items={[
            { value: "sends", label: `${system.name} sends data to the other system` },
            { value: "receives", label: `${system.name} receives data from the other system` },
          ]}
        />
        <Select id="other" name="other" label="The other system" hint="Systems are grouped by organisation" defaultValue={values.other ?? ""} error={errors.other} options={[{ value: "", text: "Choose a system" }]} groups={groups} />
        <Button>Continue</Button>
      </form>
    </>
  );
}
