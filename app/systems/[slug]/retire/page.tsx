import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { formPageTitle, systemToManage } from "@/lib/catalogue/publishing/pages";
import { retireSystemAction } from "@/app/publish/systems/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system } = await systemToManage((await params).slug, "system.retire", "retire");
  return { title: await formPageTitle(`Retire ${system.name}`) };
}

export default async function RetireSystemPage({ params }: Props) {
  const { system } = await systemToManage((await params).slug, "system.retire", "retire");
  const href = `/systems/${system.slug}`;
  const title = `Retire ${system.name}`;
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm action={retireSystemAction} record={{ id: system.id, version: system.version }} title={title} noun="system" button="Retire system" variant="warning" cancelHref={href} reloadHref={`${href}/retire`}>
        <h1 className="govuk-heading-l">Are you sure you want to retire {system.name}?</h1>
        <p className="govuk-body">The system will be marked retired. It stays in the catalogue, with its history, so people can find out what happened to it.</p>
        <p className="govuk-body">
          Its APIs are not changed: {system.apis.length ? "retire each of them separately if they are switched off too." : "it has none in the catalogue."}
        </p>
      </ConfirmForm>
    </>
  );
}
