import { forbidden } from "next/navigation";
import { can, type Permission } from "./policy";
import { requireViewer, type SignedInViewer } from "./session";

/**
 * The first line of every server action and protected page: who is this, and may they do
 * this? Anonymous people are sent to sign in; signed-in people without the power get a 403.
 * (Pages that only need someone signed in call requireViewer from ./session.)
 */
export async function guard(permission: Permission, target?: { organisationId: string }, returnTo = "/"): Promise<SignedInViewer> {
  const viewer = await requireViewer(returnTo);
  if (!can(viewer, permission, target)) forbidden();
  return viewer;
}
