import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { formPageTitle, systemToManage } from "@/lib/catalogue/publishing/pages";
import { ONLY_DRAFT_SYSTEMS } from "@/lib/catalogue/publishing/systems";
import { deleteSystemAction } from "@/app/publish/systems/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system } = await systemToManage((await params).slug, "system.delete", "delete");
  return { title: await formPageTitle(`Delete ${system.name}`) };
}

export default async function DeleteSystemPage({ params }: Props) {
  const { system } = await systemToManage((await params).slug, "system.delete", "delete");
  const href = `/systems/${system.slug}`;
  if (system.status !== "draft") {
    return (
      <>
        <BackLink href={href} />
        <h1 className="govuk-heading-l">You cannot delete {system.name}</h1>
        <p className="govuk-body">{ONLY_DRAFT_SYSTEMS}</p>
        <p className="govuk-body"><a className="govuk-link" href={`${href}/retire`}>Retire {system.name}</a></p>
      </>
    );
  }
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm action={deleteSystemAction} record={{ id: system.id, version: system.version }} title={`Delete ${system.name}`} noun="system" button="Delete draft" variant="warning" cancelHref={href} reloadHref={`${href}/delete`}>
        <h1 className="govuk-heading-l">Are you sure you want to delete the draft {system.name}?</h1>
        <p className="govuk-body">You cannot undo this. The draft has never been published, so nobody else has seen it.</p>
        {system.apis.length ? <p className="govuk-body">Its draft APIs will be kept, no longer linked to a system.</p> : null}
      </ConfirmForm>
    </>
  );
}
