import { can, organisationsFor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { AppLink } from "./AppLink";
import { PRIMARY_NAVIGATION, type NavigationItem } from "./PrimaryNavigation";

/** The service navigation for this viewer: everyone's links, then Publish, Assessments and Admin for those who have those powers. */
export function navigationFor(viewer: Viewer): NavigationItem[] {
  const publishes = organisationsFor(viewer, "api.create");
  return [
    ...PRIMARY_NAVIGATION,
    ...(publishes === "all" || publishes.length > 0 ? [{ href: "/publish", text: "Publish" }] : []),
    ...(can(viewer, "assessment.review") ? [{ href: "/assessments", text: "Assessments" }] : []),
    ...(can(viewer, "user.manage") ? [{ href: "/admin", text: "Admin" }] : []),
  ];
}

export interface UserNavProps {
  viewer: Viewer;
  /** next-auth's CSRF token for the sign-out form; without one, "Sign out" links to the sign-out page */
  csrfToken: string | null;
  /** where "Sign in" should come back to (the current page) */
  returnTo?: string | null;
}

/** The header's right-hand slot: "Sign in", or who is signed in and a "Sign out" button (a form, so it works without JavaScript). */
export function UserNav({ viewer, csrfToken, returnTo }: UserNavProps) {
  if (viewer.kind === "anonymous") {
    const back = returnTo && returnTo !== "/" && !returnTo.startsWith("/sign-") ? `?callbackUrl=${encodeURIComponent(returnTo)}` : "";
    return (
      <AppLink href={`/sign-in${back}`} className="font-bold">
        Sign in
      </AppLink>
    );
  }
  const { name, email } = viewer.user;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <span data-testid="signed-in-as">
        <span className="sr-only">Signed in as </span>
        {name ?? email ?? "Signed in"}
      </span>
      {csrfToken ? (
        <form method="post" action="/api/auth/signout" className="m-0">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value="/sign-out" />
          <button
            type="submit"
            className="govuk-focus-link cursor-pointer border-0 bg-transparent p-0 font-[inherit] text-[length:inherit] text-white underline hover:decoration-[3px]"
          >
            Sign out
          </button>
        </form>
      ) : (
        <AppLink href="/sign-out">Sign out</AppLink>
      )}
    </div>
  );
}
