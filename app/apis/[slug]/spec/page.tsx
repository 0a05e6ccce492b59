import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { AttachSpecForm } from "@/components/openapi/AttachSpecForm";
import { apiToManage, formPageTitle } from "@/lib/catalogue/publishing/pages";
import { attachSpecAction } from "@/app/publish/specs/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await apiToManage((await params).slug, "api.update", "spec");
  return { title: await formPageTitle(`Add an OpenAPI description of ${api.name}`) };
}

export default async function AttachSpecPage({ params }: Props) {
  const { api } = await apiToManage((await params).slug, "api.update", "spec");
  return (
    <>
      <BackLink href={`/apis/${api.slug}`} />
      <AttachSpecForm action={attachSpecAction} apiId={api.id} title={`Add an OpenAPI description of ${api.name}`} />
    </>
  );
}
