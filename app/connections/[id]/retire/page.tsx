import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { connectionToManage } from "@/lib/estate/connections-pages";
import { retireConnectionAction } from "@/app/connections/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Retire the connection";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connectionToManage((await params).id, "connection.retire", "retire");
  return { title: await formPageTitle(TITLE) };
}

export default async function RetireConnectionPage({ params }: Props) {
  const { connection: c } = await connectionToManage((await params).id, "connection.retire", "retire");
  const href = `/connections/${c.id}`;
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm action={retireConnectionAction} record={{ id: c.id, version: c.version }} title={TITLE} noun="connection" button="Retire connection" variant="warning" cancelHref={href} reloadHref={`${href}/retire`}>
        <h1 className="govuk-heading-l">Are you sure you want to retire the connection from {c.fromSystem.name} to {c.toSystem.name}?</h1>
        <p className="govuk-body">Retire it when data no longer flows this way. It stays on the record, with its history, but is no longer listed or counted.</p>
      </ConfirmForm>
    </>
  );
}
