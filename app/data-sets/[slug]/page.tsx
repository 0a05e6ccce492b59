import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HoldersTable } from "@/components/estate/HoldersTable";
import { NotificationBanner } from "@/components/NotificationBanner";
import { Prose } from "@/components/Prose";
import { SummaryList } from "@/components/SummaryList";
import { organisationsFor } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isSlug } from "@/lib/catalogue/publishing/fields";
import { dataSetsWithHolders } from "@/lib/estate/data-sets/report";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const [dataSet] = isSlug(slug) ? await dataSetsWithHolders(getDb(), await getViewer(), slug) : [];
  if (!dataSet) notFound();
  return dataSet;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

const link = (href: string | null) => (href ? <a className="govuk-link break-words" href={href} rel="noopener noreferrer">{href}</a> : "Not recorded");

export default async function DataSetPage({ params, searchParams }: Props) {
  const dataSet = await load(params);
  const query = await searchParams;
  const releaseFor = organisationsFor(await getViewer(), "dataset.hold");
  const banner = query.added === "1" ? "The core data set has been added." : query.declared === "1" ? "The system’s holding has been declared." : query.released === "1" ? "The system no longer holds it." : null;
  const source = dataSet.holdings.find((h) => h.kind === "source");
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/data-sets", text: "Core data sets" }, { text: dataSet.name }]} />
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <span className="govuk-caption-l">Core data set</span>
      <h1 className="govuk-heading-l">{dataSet.name}</h1>
      {dataSet.example ? <p className="govuk-body">Part of the illustrative example estate, not a real data set.</p> : null}
      <div className="mb-6"><Prose text={dataSet.description} /></div>
      <SummaryList
        rows={[
          { key: "Owned by", value: <Link className="govuk-link" href={`/organisations/${dataSet.organisation.slug}`}>{dataSet.organisation.name}</Link> },
          { key: "Authoritative source", value: source ? <Link className="govuk-link" href={`/systems/${source.system.slug}`}>{source.system.name}</Link> : "Not recorded" },
          { key: "Open standard", value: dataSet.standard },
          { key: "Format", value: dataSet.format },
          { key: "Licence", value: dataSet.licence ? <a className="govuk-link" href={`https://spdx.org/licenses/${dataSet.licence}.html`} rel="noopener noreferrer">{dataSet.licence}</a> : "Not openly licensed" },
          { key: "Bulk download", value: link(dataSet.downloadUrl) },
          { key: "Metadata", value: link(dataSet.metadataUrl) },
        ]}
      />
      <HoldersTable dataSet={dataSet} caption="Systems that hold it" releaseFor={releaseFor} />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/estate?view=data-set&focus=${dataSet.slug}`}>See its flows on the estate map</Link>
      </p>
    </>
  );
}
