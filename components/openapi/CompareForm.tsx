import { Button } from "@/components/Button";
import { Select } from "@/components/Select";
import type { CompareErrors, RevisionOption } from "@/lib/openapi/versions";

/**
 * Choose two versions to compare: a plain GET form, so it works without JavaScript and the
 * comparison has its own address.
 */
export function CompareForm({
  action,
  options,
  values = {},
  errors = {},
}: {
  action: string;
  options: readonly RevisionOption[];
  values?: { from?: string; to?: string };
  errors?: CompareErrors;
}) {
  const choices = [{ value: "", text: "Choose a version" }, ...options.map((o) => ({ value: o.id, text: o.label }))];
  // By default the latest version against the one before it.
  const from = values.from ?? options[1]?.id ?? "";
  const to = values.to ?? options[0]?.id ?? "";
  return (
    <form method="get" action={action} noValidate>
      <Select id="from" name="from" label="Earlier version" labelSize="s" options={choices} defaultValue={from} error={errors.from} />
      <Select id="to" name="to" label="Later version" labelSize="s" options={choices} defaultValue={to} error={errors.to} />
      <Button type="submit" variant="secondary">
        Compare
      </Button>
    </form>
  );
}
