import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { HoldingForm } from "@/components/estate/HoldingForm";
import { getDb } from "@/lib/db";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { formPageTitle, systemToManage } from "@/lib/catalogue/publishing/pages";
import { dataSetChoices, holdingConnectionChoices } from "@/lib/estate/data-sets/choices";
import { declareHoldingAction } from "@/app/data-sets/actions";

type Props = { params: Promise<{ slug: string }> };
const TITLE = "Declare a data set this system holds";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

// Only a publisher of the system's organisation (or an admin), and only for a published system not retired.
export default async function NewHoldingPage({ params }: Props) {
  const { viewer, system } = await systemToManage((await params).slug, "dataset.hold", "data-sets/new");
  if (system.status !== "published" || system.lifecycle === "retired") notFound();
  const [dataSets, connections] = await Promise.all([dataSetChoices(getDb()), holdingConnectionChoices(getDb(), viewer, system.id)]);
  return (
    <>
      <BackLink href={`/systems/${system.slug}`} />
      <HoldingForm action={declareHoldingAction} initial={emptyForm()} title={TITLE} system={system} dataSets={dataSets} connections={connections} />
    </>
  );
}
