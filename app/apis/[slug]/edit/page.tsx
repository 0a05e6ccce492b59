import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ApiForm } from "@/components/publishing/ApiForm";
import { getDb } from "@/lib/db";
import { apiValues, emptyForm } from "@/lib/catalogue/publishing/form";
import { apiToManage, formPageTitle } from "@/lib/catalogue/publishing/pages";
import { systemChoices } from "@/lib/catalogue/publishing/queries";
import { updateApiAction } from "@/app/publish/apis/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await apiToManage((await params).slug, "api.update", "edit");
  return { title: await formPageTitle(`Edit ${api.name}`) };
}

export default async function EditApiPage({ params }: Props) {
  const { viewer, api } = await apiToManage((await params).slug, "api.update", "edit");
  const systems = await systemChoices(getDb(), viewer, [api.organisationId]);
  const href = `/apis/${api.slug}`;
  return (
    <>
      <BackLink href={href} />
      <ApiForm
        action={updateApiAction}
        initial={emptyForm(apiValues(api))}
        title={`Edit ${api.name}`}
        organisations={[]}
        systems={systems}
        record={{ id: api.id, version: api.version, status: api.status === "draft" ? "draft" : "published", organisation: api.organisation.name, reloadHref: `${href}/edit` }}
        cancelHref={href}
      />
    </>
  );
}
