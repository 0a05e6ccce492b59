import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { DisputeForm } from "@/components/estate/DisputeForm";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { connectionToManage } from "@/lib/estate/connections-pages";
import { disputeConnectionAction } from "@/app/connections/actions";

type Props = { params: Promise<{ id: string }> };
const TITLE = "Dispute the connection";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connectionToManage((await params).id, "connection.confirm", "dispute");
  return { title: await formPageTitle(TITLE) };
}

export default async function DisputeConnectionPage({ params }: Props) {
  const { connection: c } = await connectionToManage((await params).id, "connection.confirm", "dispute");
  const href = `/connections/${c.id}`;
  return (
    <>
      <BackLink href={href} />
      <DisputeForm
        action={disputeConnectionAction}
        record={{ id: c.id, version: c.version }}
        title={TITLE}
        heading={`Why is the connection from ${c.fromSystem.name} to ${c.toSystem.name} wrong?`}
        cancelHref={href}
        reloadHref={`${href}/dispute`}
      />
    </>
  );
}
