import { forbidden } from "next/navigation";
import { ForbiddenError, can, type Permission } from "./policy";
import { requireViewer } from "./session";
import type { SignedInUser, Viewer } from "./viewer";

/**
 * The first line of every server action and protected page: who is this, and may they do
 * this? Anonymous people are sent to sign in; signed-in people without the power get a 403.
 */
export async function guard(permission: Permission, target?: { organisationId: string }, returnTo = "/"): Promise<Viewer & { kind: "user"; user: SignedInUser }> {
  const viewer = await requireViewer(returnTo);
  if (!can(viewer, permission, target)) forbidden();
  return viewer;
}

/** Signed in, whatever their powers (for pages that show what a person may do). */
export async function signedIn(returnTo = "/"): Promise<Viewer & { kind: "user"; user: SignedInUser }> {
  return requireViewer(returnTo);
}

/** Runs a service call, turning its ForbiddenError into the 403 page. */
export async function orForbidden<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
