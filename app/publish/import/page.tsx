import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ImportForm } from "@/components/estate/ImportForm";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { importOrganisations } from "@/lib/estate/backstage/apply";
import { IMPORT_MAX_BYTES } from "@/lib/estate/backstage/entities";
import { IMPORT_TITLE } from "@/lib/estate/backstage/form";
import { importAction } from "./actions";
import { importPageTitle } from "./outcome";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await importPageTitle(IMPORT_TITLE) };
}

export default async function ImportPage() {
  const viewer = await requireViewer("/publish/import");
  const organisations = await importOrganisations(getDb(), viewer);
  if (organisations.length === 0) forbidden();
  const options = organisations.map((o) => ({ value: o.id, text: o.acronym ? `${o.name} (${o.acronym})` : o.name }));
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/publish", text: "Publish" }, { text: IMPORT_TITLE }]} />
      <ImportForm action={importAction} initial={{ values: { organisationId: options.length === 1 ? options[0]!.value : "", yaml: "" }, errors: {} }} organisations={options} maxKilobytes={IMPORT_MAX_BYTES / 1024} />
    </>
  );
}
