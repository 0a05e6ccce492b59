import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { ApiForm } from "@/components/publishing/ApiForm";
import { requireViewer } from "@/lib/auth/session";
import { organisationsFor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { organisationChoices, systemChoices } from "@/lib/catalogue/publishing/queries";
import { isSlug } from "@/lib/catalogue/publishing/fields";
import { createApiAction } from "../actions";

const TITLE = "Register an API";
export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewApiPage({ searchParams }: Props) {
  const viewer = await requireViewer("/publish/apis/new");
  const db = getDb();
  const organisations = await organisationChoices(db, viewer, "api.create");
  if (organisations.length === 0) forbidden();
  const systems = await systemChoices(db, viewer, organisationsFor(viewer, "api.create"));
  // "Register an API" on a system's page arrives with ?system=<slug> to preselect it.
  const { system } = await searchParams;
  const preselected = typeof system === "string" && isSlug(system) ? await db.system.findFirst({ where: { slug: system, id: { in: systems.map((s) => s.value) } } }) : null;
  // No answer is chosen in advance (GOV.UK: a preselected radio is easily left unconsidered).
  const initial = emptyForm({
    organisationId: preselected?.organisationId ?? (organisations.length === 1 ? organisations[0]!.value : ""),
    systemId: preselected?.id ?? "",
  });
  return (
    <>
      <BackLink href="/publish">Back to Publish</BackLink>
      <ApiForm action={createApiAction} initial={initial} title={TITLE} organisations={organisations} systems={systems} cancelHref="/publish" />
    </>
  );
}
