import type { Metadata } from "next";
import Link from "next/link";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";
import { PageHeading } from "@/components/PageHeading";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        If the web address is correct or you selected a link or button, the API or page may have been removed or
        renamed. You can{" "}
        <Link href="/apis" className="govuk-link">
          search for an API
        </Link>{" "}
        or{" "}
        <Link href="/organisations" className="govuk-link">
          browse organisations
        </Link>
        .
      </p>
      <p className="govuk-body">
        If you still cannot find what you need, email{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`} className="govuk-link">
          {FEEDBACK_EMAIL}
        </a>
        .
      </p>
    </>
  );
}
