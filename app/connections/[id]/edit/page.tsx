import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConnectionForm } from "@/components/estate/ConnectionForm";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { getDb } from "@/lib/db";
import { receivingApiChoices } from "@/lib/estate/connections-queries";
import { connectionToManage } from "@/lib/estate/connections-pages";
import { connectionValues } from "@/lib/estate/connections-values";
import { updateConnectionAction } from "@/app/connections/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Edit the connection";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connectionToManage((await params).id, "connection.update", "edit");
  return { title: await formPageTitle(TITLE) };
}

export default async function EditConnectionPage({ params }: Props) {
  const { viewer, connection } = await connectionToManage((await params).id, "connection.update", "edit");
  const href = `/connections/${connection.id}`;
  const apis = await receivingApiChoices(getDb(), viewer, connection.toSystem);
  return (
    <>
      <BackLink href={href} />
      {connection.confirmation === "confirmed" ? (
        <p className="govuk-body">If you change what flows or how, the connection becomes unconfirmed until a publisher of the other system confirms it again.</p>
      ) : null}
      <ConnectionForm
        action={updateConnectionAction}
        initial={emptyForm(connectionValues(connection))}
        title={TITLE}
        from={connection.fromSystem}
        to={connection.toSystem}
        apis={apis}
        record={{ id: connection.id, version: connection.version, reloadHref: `${href}/edit` }}
        cancelHref={href}
      />
    </>
  );
}
