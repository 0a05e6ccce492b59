import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ClientForm } from "@/components/api-clients/ClientForm";
import { clientOrganisations } from "@/lib/api/clients";
import { SCOPES, SCOPE_NAMES } from "@/lib/api/scopes";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { createClientAction } from "../actions";

export const metadata: Metadata = { title: "Create an API client" };

export default async function NewClientPage() {
  const viewer = await requireViewer("/publish/clients/new");
  const organisations = await clientOrganisations(getDb(), viewer);
  if (organisations.length === 0) forbidden();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/publish", text: "Publish" }, { href: "/publish/clients", text: "API clients" }, { text: "Create a client" }]} />
      <ClientForm
        action={createClientAction}
        organisations={organisations.map((o) => ({ value: o.id, text: o.acronym ? `${o.name} (${o.acronym})` : o.name }))}
        scopes={SCOPE_NAMES.map((value) => ({ value, description: SCOPES[value] }))}
      />
    </>
  );
}
