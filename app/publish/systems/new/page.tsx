import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { SystemForm } from "@/components/publishing/SystemForm";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { organisationChoices } from "@/lib/catalogue/publishing/queries";
import { createSystemAction } from "../actions";

const TITLE = "Register a system";
export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function NewSystemPage() {
  const viewer = await requireViewer("/publish/systems/new");
  const organisations = await organisationChoices(getDb(), viewer, "system.create");
  if (organisations.length === 0) forbidden();
  // No answer is chosen in advance (GOV.UK: a preselected radio is easily left unconsidered).
  const initial = emptyForm({ organisationId: organisations.length === 1 ? organisations[0]!.value : "" });
  return (
    <>
      <BackLink href="/publish">Back to Publish</BackLink>
      <SystemForm action={createSystemAction} initial={initial} title={TITLE} organisations={organisations} cancelHref="/publish" />
    </>
  );
}
