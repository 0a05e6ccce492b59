import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { DataSetForm } from "@/components/estate/DataSetForm";
import { organisationsFor } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { organisationChoices } from "@/lib/catalogue/publishing/queries";
import { sourceSystemChoices } from "@/lib/estate/data-sets/choices";
import { createDataSetAction } from "../actions";

const TITLE = "Add a core data set";
export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function NewDataSetPage() {
  const viewer = await requireViewer("/data-sets/new");
  const organisations = await organisationChoices(getDb(), viewer, "dataset.create");
  if (organisations.length === 0) forbidden();
  const systems = await sourceSystemChoices(getDb(), viewer, organisationsFor(viewer, "dataset.create"));
  const initial = emptyForm({ organisationId: organisations.length === 1 ? organisations[0]!.value : "" });
  return (
    <>
      <BackLink href="/data-sets">Back to core data sets</BackLink>
      <DataSetForm action={createDataSetAction} initial={initial} title={TITLE} organisations={organisations} systems={systems} />
    </>
  );
}
