import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/Button";
import { PageHeading } from "@/components/PageHeading";
import { formCsrfToken, getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

/**
 * Sign out without JavaScript from anywhere: the header's button posts to next-auth, which comes
 * back here. next-auth also sends people here when a sign-out form's token had expired.
 */
export default async function SignOutPage() {
  const [viewer, csrfToken] = [await getViewer(), await formCsrfToken()];
  if (viewer.kind === "anonymous") {
    return (
      <div className="max-w-[640px]">
        <PageHeading>You are signed out</PageHeading>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to the API Catalogue home page
          </Link>{" "}
          or{" "}
          <Link className="govuk-link" href="/sign-in">
            sign in again
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-[640px]">
      <PageHeading>Sign out</PageHeading>
      <p className="govuk-body">You are signed in as {viewer.user.name ?? viewer.user.email ?? "a user"}.</p>
      <form method="post" action="/api/auth/signout">
        <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
        <input type="hidden" name="callbackUrl" value="/sign-out" />
        <Button>Sign out</Button>
      </form>
    </div>
  );
}
