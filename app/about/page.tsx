import type { Metadata } from "next";
import Link from "next/link";
import { API_GOV_UK_URL, OGL_URL } from "@/components/Footer";
import { InsetText } from "@/components/InsetText";
import { PageHeading } from "@/components/PageHeading";
import { FEEDBACK_EMAIL } from "@/components/PhaseBanner";

export const metadata: Metadata = {
  title: "About the data",
};

const SOURCE_REPOSITORY = "https://github.com/co-cddo/api-catalogue";
const REFERENCE_ARCHITECTURE = "https://www.gov.uk/guidance/develop-your-data-and-apis-using-a-reference-architecture";
const API_STANDARDS = "https://www.gov.uk/guidance/gds-api-technical-and-data-standards";

function Quote({ children, source }: { children: string; source: string }) {
  return (
    <InsetText>
      <figure className="m-0">
        <blockquote className="m-0 mb-2.5">
          <p className="m-0">“{children}”</p>
        </blockquote>
        <figcaption className="text-secondary-text">{source}</figcaption>
      </figure>
    </InsetText>
  );
}

export default function AboutTheDataPage() {
  return (
    <div className="max-w-[640px]">
      <PageHeading>About the data</PageHeading>
      <p className="govuk-body-l">
        The API Catalogue lists the APIs that UK government organisations publish: what each one does, who runs it and
        where its documentation is.
      </p>

      <h2 className="govuk-heading-m">Where the data comes from</h2>
      <p className="govuk-body">
        The catalogue started with the data behind{" "}
        <a href={API_GOV_UK_URL} className="govuk-link">
          api.gov.uk
        </a>
        , which this service replaces. That data is 2 files in the{" "}
        <a href={SOURCE_REPOSITORY} className="govuk-link">
          api-catalogue repository on GitHub
        </a>
        :
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <code>catalogue.csv</code>, with one row for each API: its name, description, web address, documentation,
          licence, dates and the organisation that provides it
        </li>
        <li>
          <code>organisation.csv</code>, with one row for each organisation: its name, short name and website
        </li>
      </ul>
      <p className="govuk-body">
        We imported every row we could. Where a row could not be used, for example because it names an organisation
        that is spelt differently in the other file, we left it out rather than guess. Organisations now keep their own
        entries up to date in this service.
      </p>

      <h2 className="govuk-heading-m">Copyright and licence</h2>
      <p className="govuk-body">
        The data is © Crown copyright and available under the{" "}
        <a href={OGL_URL} rel="license" className="govuk-link">
          Open Government Licence v3.0
        </a>
        . You can copy, publish, adapt and use it, including for commercial purposes, as long as you say where it came
        from. For example: “Contains public sector information licensed under the Open Government Licence v3.0.”
      </p>

      <h2 className="govuk-heading-m">The standards behind the catalogue</h2>
      <p className="govuk-body">
        The catalogue follows 2 pieces of government guidance. The first is the reference architecture for data and
        APIs from the Data Standards Authority. It says that every system should have an API, and it names this
        catalogue as the place to publish them:
      </p>
      <Quote source="A reference architecture for government data and APIs">
        every system has an API, and that API is documented according to the OpenAPI specification
      </Quote>
      <p className="govuk-body">
        At its highest maturity level, an organisation has “OpenAPI documentation” that is “Published to API
        catalogue”. Read the current version,{" "}
        <a href={REFERENCE_ARCHITECTURE} className="govuk-link">
          develop your data and APIs using a reference architecture
        </a>
        .
      </p>
      <p className="govuk-body">
        The second is the GDS API technical and data standards. They are why we record whether each API has an
        OpenAPI description, and why we show when an API is deprecated or retired:
      </p>
      <Quote source="GDS API technical and data standards">
        Set clear API deprecation policies so you’re not supporting old client applications forever.
      </Quote>
      <p className="govuk-body">
        Read the current version of the{" "}
        <a href={API_STANDARDS} className="govuk-link">
          API technical and data standards
        </a>
        .
      </p>

      <h2 className="govuk-heading-m">If something is wrong</h2>
      <p className="govuk-body">
        If an entry is wrong or out of date, contact the organisation that publishes the API, or email{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`} className="govuk-link">
          {FEEDBACK_EMAIL}
        </a>
        . You can also{" "}
        <Link href="/accessibility" className="govuk-link">
          read our accessibility statement
        </Link>
        .
      </p>
    </div>
  );
}
