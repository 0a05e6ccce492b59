import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Table } from "@/components/Table";
import { getDb } from "@/lib/db";
import { ORGANISATION_TYPE_LABELS, listOrganisations } from "@/lib/catalogue/organisations";
import { getViewer } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const organisations = await listOrganisations(getDb(), await getViewer());
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Organisations" }]} />
      <h1 className="mb-4 text-4xl font-bold">Organisations</h1>
      <p className="mb-6 max-w-2xl text-xl">
        The {organisations.length} government organisations in the catalogue, with the systems they run and the APIs they publish.
      </p>
      <Table
        caption="Organisations and what they publish"
        captionClassName="sr-only"
        head={[{ text: "Organisation" }, { text: "Type" }, { text: "Systems", numeric: true }, { text: "APIs", numeric: true }]}
        rows={organisations.map((o) => [
          {
            text: (
              <Link className="govuk-link" href={`/organisations/${o.slug}`}>
                {o.name}
                {o.acronym ? ` (${o.acronym})` : ""}
              </Link>
            ),
          },
          { text: ORGANISATION_TYPE_LABELS[o.type] ?? o.type },
          { text: o.systemCount.toLocaleString("en-GB"), numeric: true },
          { text: o.apiCount.toLocaleString("en-GB"), numeric: true },
        ])}
      />
    </>
  );
}
