import { AppLink } from "../AppLink";
import { Button } from "../Button";
import { Select, type SelectOption } from "../Select";
import { TextInput } from "../TextInput";

export interface AuditFiltersProps {
  values: { entityType: string; action: string; actor: string; from: string; to: string };
  errors: { from?: string; to?: string };
  entityTypes: readonly SelectOption[];
  actions: readonly SelectOption[];
  actors: readonly SelectOption[];
}

const any = (text: string): SelectOption => ({ value: "", text });

/** The audit log's filters: a GET form, so they live in the URL and work without JavaScript. */
export function AuditFilters({ values, errors, entityTypes, actions, actors }: AuditFiltersProps) {
  return (
    <form method="get" action="/admin/audit" aria-label="Filter the audit log" role="search" noValidate className="mb-8 bg-light-grey p-5">
      <h2 className="govuk-heading-m">Filter</h2>
      <div className="grid gap-x-6 tablet:grid-cols-3">
        <Select id="type" name="type" label="Record" options={[any("All records"), ...entityTypes]} defaultValue={values.entityType} />
        <Select id="action" name="action" label="Action" options={[any("All actions"), ...actions]} defaultValue={values.action} />
        <Select id="who" name="who" label="Who" options={[any("Anyone"), ...actors]} defaultValue={values.actor} />
      </div>
      <div className="grid gap-x-6 tablet:grid-cols-3">
        <TextInput id="from" name="from" label="Date from" hint="For example, 2025-03-27" width="10" defaultValue={values.from} error={errors.from} autoComplete="off" />
        <TextInput id="to" name="to" label="Date to" hint="For example, 2025-03-31" width="10" defaultValue={values.to} error={errors.to} autoComplete="off" />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
        <Button>Apply filters</Button>
        <AppLink className="govuk-link" href="/admin/audit">
          Clear filters
        </AppLink>
      </div>
    </form>
  );
}
