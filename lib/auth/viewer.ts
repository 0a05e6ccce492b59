/** The account roles an admin can grant. Publishing rights come from memberships instead. */
export const ACCOUNT_ROLES = ["none", "assessor", "admin"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export type SignedInUser = {
  id: string;
  name: string | null;
  email: string | null;
  role: AccountRole;
  /** the organisations this person publishes for */
  organisationIds: string[];
};

/** Who is looking: nobody signed in, or a signed-in user with their powers loaded from the database. */
export type Viewer = { kind: "anonymous" } | { kind: "user"; user: SignedInUser };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

export function userViewer(user: SignedInUser): Viewer {
  return { kind: "user", user };
}

export function signedInUser(viewer: Viewer): SignedInUser | null {
  return viewer.kind === "user" ? viewer.user : null;
}
