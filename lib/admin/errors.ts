/**
 * What can go wrong when an admin changes someone's access, as codes with the message and the
 * form field each belongs to. Actions put the code in the URL (post/redirect/get), so the page
 * can show the error summary and the "Error: " title without JavaScript.
 */
export const ADMIN_ERRORS = {
  "role-missing": { field: "role", message: "Select a role" },
  "role-self": { field: "role", message: "You cannot remove your own admin role. Ask another admin to do it" },
  "role-last-admin": { field: "role", message: "There must always be at least one admin" },
  stale: { field: "role", message: "This account changed while you were looking (perhaps its owner signed in again). Check its role and try again" },
  "organisation-missing": { field: "organisation", message: "Select an organisation" },
  "organisation-member": { field: "organisation", message: "This person is already a member of that organisation" },
  "membership-missing": { field: "organisation", message: "This person is no longer a member of that organisation" },
} as const satisfies Record<string, { field: string; message: string }>;

export type AdminErrorCode = keyof typeof ADMIN_ERRORS;

export function isAdminErrorCode(value: unknown): value is AdminErrorCode {
  return typeof value === "string" && Object.hasOwn(ADMIN_ERRORS, value);
}

/** Input an admin can correct: the form is shown again with this message by its field. */
export class AdminInputError extends Error {
  readonly field: string;
  constructor(readonly code: AdminErrorCode) {
    super(ADMIN_ERRORS[code].message);
    this.name = "AdminInputError";
    this.field = ADMIN_ERRORS[code].field;
  }
}

/** The account asked for does not exist (or no longer does). */
export class UserNotFoundError extends Error {
  constructor() {
    super("There is no such account.");
    this.name = "UserNotFoundError";
  }
}
