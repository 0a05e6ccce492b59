"use client";

// Shown when the root layout itself fails, so it brings its own <html>, <body>
// and styles, and avoids anything that might have caused the failure.
import "./globals.css";
import { useEffect } from "react";
import { Button } from "@/components/Button";
import { PageHeading } from "@/components/PageHeading";
import { SkipLink } from "@/components/SkipLink";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <title>Sorry, there is a problem with the service – API Catalogue</title>
        <SkipLink />
        <header className="bg-brand text-white">
          <div className="govuk-width-container py-2.5">
            <a href="/" className="govuk-focus-link text-lg leading-tight font-bold text-white no-underline hover:underline tablet:text-2xl">
              API Catalogue
            </a>
          </div>
        </header>
        <div className="govuk-width-container flex-1">
          <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
            <PageHeading>Sorry, there is a problem with the service</PageHeading>
            <p className="govuk-body">Try again later.</p>
            <Button type="button" variant="secondary" onClick={() => retry()}>
              Try again
            </Button>
          </main>
        </div>
      </body>
    </html>
  );
}
