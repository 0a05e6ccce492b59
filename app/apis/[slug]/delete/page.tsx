import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { ONLY_DRAFT_APIS } from "@/lib/catalogue/publishing/apis";
import { apiToManage, formPageTitle } from "@/lib/catalogue/publishing/pages";
import { deleteApiAction } from "@/app/publish/apis/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await apiToManage((await params).slug, "api.delete", "delete");
  return { title: await formPageTitle(`Delete ${api.name}`) };
}

export default async function DeleteApiPage({ params }: Props) {
  const { api } = await apiToManage((await params).slug, "api.delete", "delete");
  const href = `/apis/${api.slug}`;
  if (api.status !== "draft") {
    return (
      <>
        <BackLink href={href} />
        <h1 className="govuk-heading-l">You cannot delete {api.name}</h1>
        <p className="govuk-body">{ONLY_DRAFT_APIS}</p>
        <p className="govuk-body"><a className="govuk-link" href={`${href}/retire`}>Retire {api.name}</a></p>
      </>
    );
  }
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm action={deleteApiAction} record={{ id: api.id, version: api.version }} title={`Delete ${api.name}`} noun="API" button="Delete draft" variant="warning" cancelHref={href} reloadHref={`${href}/delete`}>
        <h1 className="govuk-heading-l">Are you sure you want to delete the draft {api.name}?</h1>
        <p className="govuk-body">You cannot undo this. The draft has never been published, so nobody else has seen it.</p>
      </ConfirmForm>
    </>
  );
}
