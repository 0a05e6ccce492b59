import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LevelHistory } from "@/components/maturity/LevelHistory";
import { MaturityView } from "@/components/maturity/MaturityView";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { isSlug } from "@/lib/catalogue/publishing/fields";
import { getDb } from "@/lib/db";
import { systemMaturity } from "@/lib/maturity/live";
import { systemLevelHistory } from "@/lib/maturity/system-levels";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const found = isSlug(slug) ? await systemMaturity(getDb(), await getViewer(), slug) : null;
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Maturity of ${(await load(params)).system.name}` };
}

export default async function SystemMaturityPage({ params }: Props) {
  const { system, live } = await load(params);
  const history = await systemLevelHistory(getDb(), system.id);
  const mayExempt = can(await getViewer(), "exemption.approve", { organisationId: system.organisationId });
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: `/organisations/${system.organisation.slug}`, text: system.organisation.name }, { href: `/systems/${system.slug}`, text: system.name }, { text: "Maturity" }]} />
      <span className="govuk-caption-l">System: {system.name}</span>
      <h1 className="govuk-heading-l">Maturity of the system</h1>
      {system.status === "draft" ? <p className="govuk-body">This system is a draft: only published records count, so its grid is empty until it is published.</p> : null}
      <LevelHistory history={history} name={system.name} />
      <MaturityView live={live} name={system.name} owner={system.organisation.name} {...(mayExempt ? { exemptHref: `/systems/${system.slug}/maturity/exemptions/new` } : {})} />
    </>
  );
}
