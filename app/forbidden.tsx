import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";

export const metadata: Metadata = {
  title: "You do not have permission to do this",
};

/** Shown (with status 403) when forbidden() is called: signed in, but without the power needed. */
export default function Forbidden() {
  return (
    <>
      <PageHeading>You do not have permission to do this</PageHeading>
      <p className="govuk-body">You are signed in, but your account cannot make this change.</p>
      <p className="govuk-body">
        Publishers can only register and change the systems and APIs of the organisations they publish for. If you need
        to publish for another organisation, ask an administrator of the API Catalogue to add you to it.
      </p>
      <p className="govuk-body">
        You can still{" "}
        <Link href="/apis" className="govuk-link">
          search for an API
        </Link>{" "}
        or go to{" "}
        <Link href="/publish" className="govuk-link">
          the things you publish
        </Link>
        .
      </p>
      <p className="govuk-body">
        If you think you should have permission, email{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`} className="govuk-link">
          {FEEDBACK_EMAIL}
        </a>
        .
      </p>
    </>
  );
}
