import { Button } from "../Button";
import { Radios } from "../Radios";

export interface RoleFormProps {
  action: (formData: FormData) => Promise<void>;
  userId: string;
  role: string;
  /** The account's updatedAt when the page was drawn, so a stale form is refused. */
  updatedAt: string;
  choices: readonly { value: string; label: string; hint: string }[];
  error?: string;
  /** The admin is looking at their own account. */
  self: boolean;
}

/** The role question: None, Assessor or Admin, each with what it allows. */
export function RoleForm({ action, userId, role, updatedAt, choices, error, self }: RoleFormProps) {
  return (
    <form action={action} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <Radios
        idPrefix="role"
        name="role"
        legend="Role"
        legendSize="m"
        hint={
          self
            ? "This is your own account. Another admin must remove your admin role if it should go."
            : "Publishing for an organisation does not need a role: add a membership below instead."
        }
        error={error}
        value={role}
        items={choices.map((c) => ({ value: c.value, label: c.label, hint: c.hint }))}
      />
      <Button>Save role</Button>
    </form>
  );
}
