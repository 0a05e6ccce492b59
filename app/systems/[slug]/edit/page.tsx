import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { SystemForm } from "@/components/publishing/SystemForm";
import { emptyForm, systemValues } from "@/lib/catalogue/publishing/form";
import { formPageTitle, systemToManage } from "@/lib/catalogue/publishing/pages";
import { updateSystemAction } from "@/app/publish/systems/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system } = await systemToManage((await params).slug, "system.update", "edit");
  return { title: await formPageTitle(`Edit ${system.name}`) };
}

export default async function EditSystemPage({ params }: Props) {
  const { system } = await systemToManage((await params).slug, "system.update", "edit");
  const href = `/systems/${system.slug}`;
  return (
    <>
      <BackLink href={href} />
      <SystemForm
        action={updateSystemAction}
        initial={emptyForm(systemValues(system))}
        title={`Edit ${system.name}`}
        organisations={[]}
        record={{ id: system.id, version: system.version, status: system.status === "draft" ? "draft" : "published", organisation: system.organisation.name, reloadHref: `${href}/edit` }}
        cancelHref={href}
      />
    </>
  );
}
