import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ConfirmationTag, ExampleTag } from "@/components/estate/ConfirmationTag";
import { ConnectionBanner } from "@/components/estate/ConnectionBanner";
import { LifecycleTag } from "@/components/LifecycleTag";
import { Prose } from "@/components/Prose";
import { ManageLinks } from "@/components/publishing/ManageLinks";
import { SummaryList } from "@/components/SummaryList";
import { VISIBILITY_LABELS, labelOf } from "@/lib/catalogue/vocabulary";
import { connectionActions } from "@/lib/estate/connections-queries";
import { connectionToShow } from "@/lib/estate/connections-pages";
import { DIRECTION_LABELS, FREQUENCY_LABELS, TECHNOLOGY_LABELS } from "@/lib/estate/vocabulary";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type End = { slug: string; name: string; organisation: { slug: string; name: string } };

const yesNo = (value: boolean | null, none = "Not recorded") => (value === null ? none : value ? "Yes" : "No");
const titleOf = (c: { fromSystem: { name: string }; toSystem: { name: string } }) => `Connection from ${c.fromSystem.name} to ${c.toSystem.name}`;

function SystemLink({ system }: { system: End }) {
  return (
    <>
      <Link className="govuk-link" href={`/systems/${system.slug}`}>{system.name}</Link>, {system.organisation.name}
    </>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: titleOf((await connectionToShow((await params).id)).connection) };
}

export default async function ConnectionPage({ params, searchParams }: Props) {
  const { viewer, connection: c } = await connectionToShow((await params).id);
  const declarer = c.declaredBy === "to" ? c.toSystem : c.fromSystem;
  const rows = [
    { key: "Sending system", value: <SystemLink system={c.fromSystem} /> },
    { key: "Receiving system", value: <SystemLink system={c.toSystem} /> },
    { key: "Direction", value: c.direction === "one-way" ? `One way, from ${c.fromSystem.name} to ${c.toSystem.name}` : labelOf(DIRECTION_LABELS, c.direction) },
    { key: "Through the API", value: c.api ? <Link className="govuk-link" href={`/apis/${c.api.slug}`}>{c.api.name}</Link> : "Not through an API in the catalogue" },
    { key: "Technology and format", value: labelOf(TECHNOLOGY_LABELS, c.technology) },
    { key: "Open standard", value: yesNo(c.openStandard) },
    { key: "Personal data", value: yesNo(c.personalData) },
    { key: "Requests for personal data logged", value: c.personalData ? yesNo(c.personalDataLogged) : "No personal data flows" },
    { key: "Frequency", value: labelOf(FREQUENCY_LABELS, c.frequency) },
    { key: "Lifecycle", value: <LifecycleTag lifecycle={c.lifecycle} /> },
    { key: "Who can see it", value: labelOf(VISIBILITY_LABELS, c.visibility) },
    { key: "Declared by", value: `A publisher of ${declarer.organisation.name}, for ${declarer.name}` },
    { key: "Confirmation", value: <ConfirmationTag confirmation={c.confirmation} long /> },
    ...(c.confirmation === "disputed" && c.disputeReason ? [{ key: "Why it is disputed", value: <Prose text={c.disputeReason} /> }] : []),
  ];
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/systems", text: "Systems" }, { href: `/systems/${c.fromSystem.slug}`, text: c.fromSystem.name }, { text: "Connection" }]} />
      <ConnectionBanner params={await searchParams} />
      <span className="govuk-caption-l">Connection</span>
      <h1 className="govuk-heading-l">From {c.fromSystem.name} to {c.toSystem.name}</h1>
      <p className="mb-6 flex flex-wrap gap-2">
        <ConfirmationTag confirmation={c.confirmation} long />
        <ExampleTag example={c.example} />
      </p>
      <ManageLinks label="Manage this connection" links={connectionActions(viewer, c)} />
      <h2 className="govuk-heading-m">What data is exchanged</h2>
      <div className="mb-6">
        <Prose text={c.description} />
      </div>
      <SummaryList rows={rows} />
    </>
  );
}
