"use client";

import { useEffect } from "react";
import { Button } from "@/components/Button";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";
import { PageHeading } from "@/components/PageHeading";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // Details stay in the console and server logs; the page says nothing technical.
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <>
      <title>Sorry, there is a problem with the service – API Catalogue</title>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        If the problem continues, email{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`} className="govuk-link">
          {FEEDBACK_EMAIL}
        </a>
        {digest ? (
          <>
            {" "}
            and quote reference <code>{digest}</code>
          </>
        ) : null}
        .
      </p>
      <Button type="button" variant="secondary" onClick={() => retry()}>
        Try again
      </Button>
    </>
  );
}
