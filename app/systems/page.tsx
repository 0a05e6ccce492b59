import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ExampleTag } from "@/components/estate/ConfirmationTag";
import { SystemFilters } from "@/components/estate/SystemFilters";
import { Pagination } from "@/components/Pagination";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { DownloadData } from "@/components/open-data/DownloadData";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listSystems, reuseFacets, systemFiltersSchema, systemOrganisations, type SystemFilters as Filters } from "@/lib/estate/systems-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Systems" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filters: Filters, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["organisation", "api", "connections", "platform", "code", "licence"] as const) if (filters[key]) query.set(key, filters[key]!);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/systems?${text}` : "/systems";
}

export default async function SystemsPage({ searchParams }: Props) {
  const query = await searchParams;
  const filters = systemFiltersSchema.parse(Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === "string")));
  const viewer = await getViewer();
  const [list, organisations, facets] = await Promise.all([listSystems(getDb(), viewer, filters), systemOrganisations(getDb(), viewer), reuseFacets(getDb(), viewer, filters)]);
  const count = (n: number) => n.toLocaleString("en-GB");
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Systems" }]} />
      <h1 className="mb-4 text-4xl font-bold">Systems</h1>
      <p className="mb-6 max-w-2xl text-xl">
        The systems behind government services, whether each has an API in the catalogue, and the connections documented between them.
      </p>
      <SystemFilters filters={filters} organisations={organisations} facets={facets} />
      <p className="mb-4" role="status">{list.total === 1 ? "1 system" : `${count(list.total)} systems`}</p>
      {list.systems.length ? (
        <Table
          caption="Systems"
          captionClassName="sr-only"
          head={[{ text: "System" }, { text: "Organisation" }, { text: "API in the catalogue" }, { text: "Connections out", numeric: true }, { text: "Connections in", numeric: true }]}
          rows={list.systems.map((s) => [
            <span key="name" className="flex flex-wrap items-center gap-2">
              <Link className="govuk-link" href={`/systems/${s.slug}`}>{s.name}</Link>
              {s.status === "draft" ? <Tag colour="yellow">Draft</Tag> : null}
              {s.lifecycle === "retired" ? <Tag colour="grey">Retired</Tag> : null}
              {s.sharedPlatform ? <Tag colour="green">Shared platform</Tag> : null}
              {s.repositoryUrl ? <Tag colour="blue">{s.licence ? `Open source, ${s.licence}` : "Open source"}</Tag> : null}
              <ExampleTag example={s.example} />
            </span>,
            s.organisation.name,
            s.hasApi ? "Yes" : "No",
            { text: count(s.connectionsOut), numeric: true },
            { text: count(s.connectionsIn), numeric: true },
          ])}
        />
      ) : (
        <p className="govuk-body">No systems match these filters.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => hrefFor(filters, page)} label="Pages of systems" />
      <DownloadData kinds={["systems"]} />
    </>
  );
}
