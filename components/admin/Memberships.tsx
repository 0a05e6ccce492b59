import { Button } from "../Button";
import { Select } from "../Select";
import { Table } from "../Table";

type Organisation = { slug: string; name: string; acronym: string | null };

export interface MembershipsProps {
  userId: string;
  personName: string;
  memberships: readonly { organisation: Organisation }[];
  /** Organisations the person is not a member of yet. */
  available: readonly Organisation[];
  grant: (formData: FormData) => Promise<void>;
  revoke: (formData: FormData) => Promise<void>;
  error?: string;
}

/** The organisations a person publishes for: one remove button per row, and a form to add one. */
export function Memberships({ userId, personName, memberships, available, grant, revoke, error }: MembershipsProps) {
  return (
    <>
      <h2 className="govuk-heading-m mt-8">Organisations</h2>
      {memberships.length ? (
        <Table
          caption={`Organisations ${personName} publishes for`}
          captionClassName="sr-only"
          head={["Organisation", "Role", { text: <span className="sr-only">Action</span> }]}
          rows={memberships.map(({ organisation }) => [
            organisation.name,
            "Publisher",
            {
              text: (
                <form action={revoke}>
                  <input type="hidden" name="userId" value={userId} />
                  <input type="hidden" name="organisation" value={organisation.slug} />
                  <Button variant="secondary" className="mb-0">
                    Remove<span className="sr-only"> membership of {organisation.name}</span>
                  </Button>
                </form>
              ),
              numeric: true,
            },
          ])}
        />
      ) : (
        <p className="govuk-body">{personName} is not a member of any organisation, so cannot publish.</p>
      )}
      {available.length ? (
        <form action={grant} noValidate>
          <input type="hidden" name="userId" value={userId} />
          <Select
            id="organisation"
            name="organisation"
            label="Add a membership"
            labelSize="s"
            hint="Members can register and keep the organisation's systems and APIs."
            error={error}
            options={[{ value: "", text: "Choose an organisation" }, ...available.map((o) => ({ value: o.slug, text: o.acronym ? `${o.name} (${o.acronym})` : o.name }))]}
          />
          <Button>Add membership</Button>
        </form>
      ) : null}
    </>
  );
}
