import Link from "next/link";
import { SearchBox } from "@/components/search/SearchBox";
import { getDb } from "@/lib/db";
import { catalogueStatistics } from "@/lib/catalogue/organisations";
import { getViewer } from "@/lib/auth/session";
import { GovernmentMaturity } from "@/components/maturity/GovernmentMaturity";
import { comparison, comparisonQuery } from "@/lib/maturity/comparison";
import { DownloadData } from "@/components/open-data/DownloadData";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [stats, maturity] = await Promise.all([catalogueStatistics(getDb(), await getViewer()), comparison(getDb(), comparisonQuery({}))]);
  const figures = [
    { value: stats.apis, label: "APIs", href: "/apis" },
    { value: stats.organisations, label: "organisations publishing", href: "/organisations" },
    { value: stats.withSpec, label: "with an OpenAPI description", href: "/apis?spec=yes" },
  ];
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold tablet:text-5xl">API Catalogue</h1>
      <p className="mb-6 max-w-2xl text-xl">
        Find the APIs that government organisations publish, who runs them and how to use them. Departments keep their own
        entries up to date, so what you find here is live.
      </p>
      <SearchBox size="large" />
      <h2 className="sr-only">The catalogue in figures</h2>
      <ul className="mb-10 grid gap-4 tablet:grid-cols-3">
        {figures.map((f) => (
          <li key={f.label} className="border-t-4 border-brand bg-light-grey p-4">
            <Link href={f.href} className="govuk-link block">
              <span className="block text-4xl font-bold">{f.value.toLocaleString("en-GB")}</span>
              <span className="text-lg">{f.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <DownloadData kinds={["apis", "systems", "connections"]} />
      <h2 className="mb-4 text-2xl font-bold">Maturity across government</h2>
      <p className="mb-4 max-w-2xl">How far organisations have come on the reference architecture&apos;s maturity model, by the assessments assessors have approved.</p>
      <GovernmentMaturity organisations={maturity} />
      <h2 className="mb-4 text-2xl font-bold">Who this is for</h2>
      <dl className="mb-8 max-w-2xl space-y-4">
        <div>
          <dt className="font-bold">Developers and architects</dt>
          <dd>Search and browse every API, see which organisation and system it belongs to, and follow the links to its documentation.</dd>
        </div>
        <div>
          <dt className="font-bold">Publishers in departments</dt>
          <dd>Register your systems and APIs and keep them up to date, instead of asking for a change to a spreadsheet.</dd>
        </div>
        <div>
          <dt className="font-bold">Assessors</dt>
          <dd>Review how each organisation&apos;s architecture measures up to the government&apos;s maturity model.</dd>
        </div>
      </dl>
      <h2 className="mb-4 text-2xl font-bold">Why a catalogue</h2>
      <blockquote className="mb-4 max-w-2xl border-l-8 border-border py-2 pl-4 text-lg">
        <p>&ldquo;Every system has an API, and that API is documented according to the OpenAPI specification.&rdquo;</p>
        <footer className="mt-2 text-base text-secondary-text">
          — one of the aims of the{" "}
          <a className="govuk-link" href="https://www.gov.uk/guidance/a-reference-architecture-for-government-data-and-apis">
            reference architecture for government data and APIs
          </a>
        </footer>
      </blockquote>
      <p className="max-w-2xl">
        The catalogue started from the list at api.gov.uk. <Link className="govuk-link" href="/about">Find out where the data comes from</Link>.
      </p>
    </>
  );
}
