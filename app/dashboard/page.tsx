import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CoverageAim, CoverageByOrganisation, CoverageChart, ExampleNote } from "@/components/charts/Coverage";
import { LazyBarChart } from "@/components/charts/LazyBarChart";
import { Table } from "@/components/Table";
import { getDb } from "@/lib/db";
import { catalogueStatistics } from "@/lib/catalogue/organisations";
import { estateCoverage } from "@/lib/estate/coverage";
import { getViewer } from "@/lib/auth/session";
import { GovernmentMaturity } from "@/components/maturity/GovernmentMaturity";
import { comparison, comparisonQuery } from "@/lib/maturity/comparison";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const viewer = await getViewer();
  const [stats, coverage, maturity] = await Promise.all([catalogueStatistics(getDb(), viewer), estateCoverage(getDb(), viewer), comparison(getDb(), comparisonQuery({}))]);
  const top = stats.perOrganisation[0];
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Dashboard" }]} />
      <h1 className="mb-4 text-4xl font-bold">Dashboard</h1>
      <p className="mb-8 max-w-2xl text-xl">
        {stats.apis.toLocaleString("en-GB")} APIs from {stats.organisations} organisations; {stats.withSpec} have an OpenAPI description.
      </p>
      <h2 className="mb-4 text-2xl font-bold">APIs per organisation</h2>
      <figure className="mb-8" aria-describedby="apis-per-organisation-table">
        <LazyBarChart
          labels={stats.perOrganisation.map((o) => o.acronym ?? o.name)}
          values={stats.perOrganisation.map((o) => o.count)}
          summary={`Bar chart of APIs per organisation.${top ? ` ${top.name} publishes the most, ${top.count}.` : ""} The table below gives every figure.`}
        />
      </figure>
      <div id="apis-per-organisation-table">
        <Table
          caption="APIs per organisation"
          head={[{ text: "Organisation" }, { text: "APIs", numeric: true }]}
          rows={stats.perOrganisation.map((o) => [
            { text: <Link className="govuk-link" href={`/organisations/${o.slug}`}>{o.name}</Link> },
            { text: o.count.toLocaleString("en-GB"), numeric: true },
          ])}
        />
      </div>

      <h2 className="mb-4 text-2xl font-bold">How well the estate is documented</h2>
      <CoverageAim />
      <ExampleNote examples={coverage.overall.examples} />
      <CoverageChart figures={coverage.overall} caption="Coverage across government" id="coverage-table" />
      {coverage.organisations.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Coverage per organisation, scrolls sideways">
          <CoverageByOrganisation organisations={coverage.organisations} />
        </div>
      ) : (
        <p>No organisation has registered a system you can see yet.</p>
      )}

      <h2 className="mt-8 mb-4 text-2xl font-bold">Maturity across government</h2>
      <GovernmentMaturity organisations={maturity} />
    </>
  );
}
