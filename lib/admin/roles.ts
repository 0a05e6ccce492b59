import type { AccountRole } from "@/lib/auth/viewer";

/**
 * The roles an admin can choose, in the words the role form shows. They restate the POLICY
 * table in lib/auth/policy.ts (roles.test.ts fails if the two disagree). Publishing rights are
 * not a role: they come from memberships of organisations.
 */
export const ROLE_CHOICES: { value: AccountRole; label: string; hint: string }[] = [
  {
    value: "none",
    label: "None",
    hint: "Can see public and government APIs. Can publish only for the organisations they are a member of.",
  },
  {
    value: "assessor",
    label: "Assessor",
    hint: "Can also see internal APIs of every organisation, to assess them, review any organisation's maturity self-assessment (except one they publish for) and approve exemptions. Cannot change the catalogue.",
  },
  {
    value: "admin",
    label: "Admin",
    hint: "Can do everything: see and change every organisation's systems and APIs, manage people's roles and memberships, set the maturity model's thresholds, and read the audit log.",
  },
];

export function roleLabel(role: string): string {
  return ROLE_CHOICES.find((choice) => choice.value === role)?.label ?? role;
}
