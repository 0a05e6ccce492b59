import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";
import { DEFAULT_SIGN_IN_ERROR, signInErrorMessage } from "@/lib/auth/errors";

export const metadata: Metadata = { title: "There is a problem signing you in" };

/** Where next-auth sends people when signing in fails (pages.error in lib/auth/options.ts). */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="max-w-[640px]">
      <PageHeading>There is a problem signing you in</PageHeading>
      <p className="govuk-body">{signInErrorMessage(error) ?? DEFAULT_SIGN_IN_ERROR}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/sign-in">
          Try signing in again
        </Link>
      </p>
      <p className="govuk-body">
        If it keeps happening, email{" "}
        <a className="govuk-link" href={`mailto:${FEEDBACK_EMAIL}`}>
          {FEEDBACK_EMAIL}
        </a>
        .
      </p>
    </div>
  );
}
