import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { connectionToManage } from "@/lib/estate/connections-pages";
import { confirmConnectionAction } from "@/app/connections/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Confirm the connection";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connectionToManage((await params).id, "connection.confirm", "confirm");
  return { title: await formPageTitle(TITLE) };
}

export default async function ConfirmConnectionPage({ params }: Props) {
  const { connection: c } = await connectionToManage((await params).id, "connection.confirm", "confirm");
  const href = `/connections/${c.id}`;
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm action={confirmConnectionAction} record={{ id: c.id, version: c.version }} title={TITLE} noun="connection" button="Confirm connection" cancelHref={href} reloadHref={`${href}/confirm`}>
        <h1 className="govuk-heading-l">Confirm the connection from {c.fromSystem.name} to {c.toSystem.name}</h1>
        <p className="govuk-body">Confirm it if data does flow as described on <a className="govuk-link" href={href}>the connection’s page</a>. If it does not, <a className="govuk-link" href={`${href}/dispute`}>dispute it</a> instead.</p>
      </ConfirmForm>
    </>
  );
}
