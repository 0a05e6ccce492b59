import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Button } from "@/components/Button";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { listClients } from "@/lib/api/clients";
import { organisationsFor } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { forbidden } from "next/navigation";

export const metadata: Metadata = { title: "API clients" };

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function ClientsPage() {
  const viewer = await requireViewer("/publish/clients");
  const orgs = organisationsFor(viewer, "api-client.manage");
  if (orgs !== "all" && orgs.length === 0) forbidden();
  const clients = await listClients(getDb(), viewer);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/publish", text: "Publish" }, { text: "API clients" }]} />
      <h1 className="govuk-heading-l">API clients</h1>
      <p className="govuk-body max-w-2xl">
        Clients let your pipelines read the catalogue and keep your organisation’s APIs and their OpenAPI descriptions up to date through the <a className="govuk-link" href="/developers">catalogue’s API</a>.
      </p>
      <Button href="/publish/clients/new">Create a client</Button>
      {clients.length ? (
        <Table
          caption="Your organisations’ clients"
          captionSize="m"
          head={["Name", "Organisation", "Scopes", "Created", "Status"]}
          firstCellIsHeader
          rows={clients.map((c) => [
            { text: <a className="govuk-link" href={`/publish/clients/${encodeURIComponent(c.id)}`}>{c.name}</a> },
            { text: c.organisationName },
            { text: c.scopes.join(", ") },
            { text: day(c.createdAt) },
            { text: c.revokedAt ? <Tag colour="red">Revoked</Tag> : <Tag colour="turquoise">Active</Tag> },
          ])}
        />
      ) : (
        <p className="govuk-body">Your organisations have no API clients yet.</p>
      )}
    </>
  );
}
