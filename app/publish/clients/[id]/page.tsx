import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Button } from "@/components/Button";
import { NotificationBanner } from "@/components/NotificationBanner";
import { SummaryList } from "@/components/SummaryList";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { RotateForm } from "@/components/api-clients/RotateForm";
import { clientFor, recentRequests } from "@/lib/api/clients";
import { requireViewer } from "@/lib/auth/session";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { getDb } from "@/lib/db";
import { revokeClientAction, rotateClientAction } from "../actions";

export const metadata: Metadata = { title: "API client" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = (date: Date) => date.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function ClientPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/publish/clients/${encodeURIComponent(id)}`);
  const client = await serviceCall(() => clientFor(getDb(), viewer, id));
  const requests = await recentRequests(getDb(), viewer, id);
  const revoked = (await searchParams).revoked === "1";
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/publish", text: "Publish" }, { href: "/publish/clients", text: "API clients" }, { text: client.name }]} />
      {revoked && client.revokedAt ? <NotificationBanner type="success" heading={`‘${client.name}’ has been revoked`}><p>Its tokens no longer work.</p></NotificationBanner> : null}
      <h1 className="govuk-heading-l">{client.name}</h1>
      <SummaryList
        rows={[
          { key: "Client id", value: <code>{client.id}</code> },
          { key: "Scopes", value: client.scopes.join(", ") },
          { key: "Created", value: when(client.createdAt) },
          ...(client.rotatedAt ? [{ key: "Secret last changed", value: when(client.rotatedAt) }] : []),
          { key: "Status", value: client.revokedAt ? <><Tag colour="red">Revoked</Tag> {when(client.revokedAt)}</> : <Tag colour="turquoise">Active</Tag> },
        ]}
      />
      <h2 className="govuk-heading-m">Recent requests</h2>
      {requests.length ? (
        <Table
          caption="Its latest reads and token requests (its changes are in each record’s history)"
          captionSize="s"
          head={["When", "Request", "Answer"]}
          rows={requests.map((r) => [{ text: when(r.at) }, { text: <code className="break-all">{`${r.method} ${r.path}`}</code> }, { text: String(r.status) }])}
        />
      ) : (
        <p className="govuk-body">It has made no requests yet.</p>
      )}
      {client.revokedAt ? null : (
        <>
          <RotateForm action={rotateClientAction} id={client.id} />
          <form action={revokeClientAction} className="mt-8">
            <input type="hidden" name="id" value={client.id} />
            <h2 className="govuk-heading-m">Revoke this client</h2>
            <p className="govuk-body">Its tokens stop working at once, and it cannot be used again. This cannot be undone.</p>
            <Button variant="warning">Revoke client</Button>
          </form>
        </>
      )}
    </>
  );
}
