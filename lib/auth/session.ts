import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/lib/db";
import { safeCallbackUrl } from "./callback-url";
import { authConfig } from "./config";
import { csrfCookie, hasSessionCookie } from "./cookies";
import { csrfTokenFromCookie } from "./csrf";
import { authOptions } from "./options";
import { REQUEST_PATH_HEADER } from "./request-path";
import { ACCOUNT_ROLES, ANONYMOUS, userViewer, type AccountRole, type Viewer } from "./viewer";

/** A viewer known to be signed in, as requireViewer() returns it. */
export type SignedInViewer = Extract<Viewer, { kind: "user" }>;

const asRole = (role: string): AccountRole => ((ACCOUNT_ROLES as readonly string[]).includes(role) ? (role as AccountRole) : "none");

/** The person with this id and their powers as the database has them now; anonymous if the account is gone. */
export async function loadViewer(db: Db, userId: string | null | undefined): Promise<Viewer> {
  if (!userId) return ANONYMOUS;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, memberships: { select: { organisationId: true }, orderBy: { organisationId: "asc" } } },
  });
  if (!user) return ANONYMOUS;
  return userViewer({
    id: user.id,
    name: user.name,
    email: user.email,
    role: asRole(user.role),
    organisationIds: user.memberships.map((m) => m.organisationId),
  });
}

/**
 * Who is making this request. Server only: pages, layouts, server actions and route handlers.
 * The session cookie only says which account signed in; roles and memberships are loaded from
 * the database on every request, so a grant or a revocation takes effect at once. Cached per
 * request, so the layout and the page share one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  // Most visitors have no session cookie: nobody is signed in, so next-auth need not be asked.
  const names = (await cookies()).getAll().map((c) => c.name);
  if (!hasSessionCookie(names, authConfig().secureCookies)) return ANONYMOUS;
  const session = (await getServerSession(authOptions())) as { user?: { id?: string } } | null;
  return loadViewer(getDb(), session?.user?.id);
});

/** The sign-in page's address, coming back to `callbackUrl` (a path on this site) afterwards. */
export function signInPath(callbackUrl?: string | null): string {
  const back = safeCallbackUrl(callbackUrl, "");
  return back && back !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in";
}

/** The path and query of the page being requested (set by proxy.ts), or null. */
export async function currentRequestPath(): Promise<string | null> {
  return (await headers()).get(REQUEST_PATH_HEADER);
}

/**
 * The signed-in viewer, or a redirect to /sign-in that comes back to `callbackUrl` (by default
 * the page being requested). Use it in pages and server actions that need someone signed in;
 * then ask the policy (`authorise`) whether they may do the particular thing.
 */
export async function requireViewer(callbackUrl?: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (viewer.kind === "user") return viewer;
  redirect(signInPath(callbackUrl ?? (await currentRequestPath())));
}

/**
 * next-auth's CSRF token for this browser, to put in the sign-in and sign-out forms (proxy.ts
 * makes sure page views carry the cookie it comes from); null if there is none to be had.
 */
export async function formCsrfToken(): Promise<string | null> {
  const config = authConfig();
  return csrfTokenFromCookie((await cookies()).get(csrfCookie(config.secureCookies).name)?.value, config.secret);
}
