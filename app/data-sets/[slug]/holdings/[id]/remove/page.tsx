import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { holdingToRelease } from "@/lib/estate/data-sets/report";
import { releaseHoldingAction } from "@/app/data-sets/actions";

type Props = { params: Promise<{ slug: string; id: string }> };

// Only a publisher of the holding system's organisation (or an admin); anyone else finds nothing here.
async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const viewer = await requireViewer(`/data-sets/${encodeURIComponent(slug)}/holdings/${encodeURIComponent(id)}/remove`);
  const holding = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await holdingToRelease(getDb(), viewer, id) : null;
  if (!holding || holding.dataSet.slug !== slug) notFound();
  return holding;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const holding = await load(params);
  return { title: await formPageTitle(`Stop holding ${holding.dataSet.name}`) };
}

export default async function ReleaseHoldingPage({ params }: Props) {
  const holding = await load(params);
  const href = `/data-sets/${holding.dataSet.slug}`;
  return (
    <>
      <BackLink href={href} />
      {/* A holding is never edited, only declared and stopped, so it has no version of its own. */}
      <ConfirmForm action={releaseHoldingAction} record={{ id: holding.id, version: 1 }} title={`Stop holding ${holding.dataSet.name}`} noun="holding" button="Stop holding it" variant="warning" cancelHref={href} reloadHref={`${href}/holdings/${holding.id}/remove`}>
        <h1 className="govuk-heading-l">Does {holding.system.name} no longer hold {holding.dataSet.name}?</h1>
        <p className="govuk-body">It will no longer be listed as holding a {holding.kind === "replica" ? "replica" : "copy kept in step"} of it. The change is on the record.</p>
      </ConfirmForm>
    </>
  );
}
