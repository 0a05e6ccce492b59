import type { Metadata } from "next";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";
import { PageHeading } from "@/components/PageHeading";

export const metadata: Metadata = {
  title: "Accessibility statement",
};

const email = (
  <a href={`mailto:${FEEDBACK_EMAIL}`} className="govuk-link">
    {FEEDBACK_EMAIL}
  </a>
);

export default function AccessibilityStatementPage() {
  return (
    <div className="max-w-[640px]">
      <PageHeading>Accessibility statement for API Catalogue</PageHeading>
      <p className="govuk-body">
        This statement applies to the API Catalogue, the register of APIs published by UK government organisations.
      </p>
      <p className="govuk-body">
        We want as many people as possible to be able to use this service. For example, that means you should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use the whole service with just a keyboard, or with speech recognition software</li>
        <li>listen to the service using a screen reader, such as JAWS, NVDA or VoiceOver</li>
        <li>search and filter the catalogue without JavaScript</li>
      </ul>
      <p className="govuk-body">We have also made the text as simple as possible to understand.</p>
      <p className="govuk-body">
        <a href="https://mcmw.abilitynet.org.uk/" className="govuk-link">
          AbilityNet has advice on making your device easier to use
        </a>{" "}
        if you have a disability.
      </p>

      <h2 className="govuk-heading-m">How accessible this service is</h2>
      <p className="govuk-body">We know some parts of this service are not fully accessible:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          API descriptions are written by the organisations that publish the APIs, so some are long, technical or not in
          plain English
        </li>
        <li>many API entries link to documentation on other websites, which may not be accessible</li>
        <li>the charts on the dashboard are pictures; the same figures are in a table under each chart</li>
      </ul>

      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you need information from this service in a different format, such as large print, easy read or an audio
        recording, email {email}.
      </p>
      <p className="govuk-body">We will consider your request and get back to you within 5 working days.</p>

      <h2 className="govuk-heading-m">Reporting accessibility problems with this service</h2>
      <p className="govuk-body">
        We are always looking to improve the accessibility of this service. If you find any problems not listed on this
        page, or think we are not meeting accessibility requirements, email {email}. Tell us the web address of the
        page, what you were trying to do and what went wrong.
      </p>

      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you are
        not happy with how we respond to your complaint,{" "}
        <a href="https://www.equalityadvisoryservice.com/" className="govuk-link">
          contact the Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>
      <p className="govuk-body">
        If you are in Northern Ireland and are not happy with how we respond to your complaint, you can{" "}
        <a href="https://www.equalityni.org/Home" className="govuk-link">
          contact the Equality Commission for Northern Ireland
        </a>
        .
      </p>

      <h2 className="govuk-heading-m">Technical information about this service’s accessibility</h2>
      <p className="govuk-body">
        We are committed to making this service accessible, in line with the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3 className="govuk-heading-s">Compliance status</h3>
      <p className="govuk-body">
        This service is partially compliant with the{" "}
        <a href="https://www.w3.org/TR/WCAG22/" className="govuk-link">
          Web Content Accessibility Guidelines version 2.2
        </a>{" "}
        AA standard. It is built to meet the AA standard, using the patterns of the GOV.UK Design System, but it has
        not yet had an independent audit, and it has the problems listed above.
      </p>

      <h2 className="govuk-heading-m">How we test this service</h2>
      <p className="govuk-body">
        We check every page with automated accessibility tests, and we test the service using a keyboard
        only. We plan to have the service audited against WCAG 2.2 AA before it leaves
        beta, and will update this statement with the results.
      </p>

      <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
      <p className="govuk-body">This statement was prepared on 22 November 2026.</p>
    </div>
  );
}
