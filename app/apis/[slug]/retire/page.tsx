import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { ConfirmForm } from "@/components/publishing/ConfirmForm";
import { apiToManage, formPageTitle } from "@/lib/catalogue/publishing/pages";
import { isoDate } from "@/lib/catalogue/text";
import { retireApiAction } from "@/app/publish/apis/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await apiToManage((await params).slug, "api.retire", "retire");
  return { title: await formPageTitle(`Retire ${api.name}`) };
}

export default async function RetireApiPage({ params }: Props) {
  const { api } = await apiToManage((await params).slug, "api.retire", "retire");
  const href = `/apis/${api.slug}`;
  const deprecated = isoDate(api.deprecatedAt);
  return (
    <>
      <BackLink href={href} />
      <ConfirmForm
        action={retireApiAction}
        record={{ id: api.id, version: api.version }}
        title={`Retire ${api.name}`}
        noun="API"
        button="Retire API"
        variant="warning"
        cancelHref={href}
        reloadHref={`${href}/retire`}
        dateField={{
          label: "Sunset date",
          hint: `The date it was, or will be, switched off, for example ${isoDate(new Date())}. Leave it blank for today.${deprecated ? ` It must be on or after the deprecation date, ${deprecated}.` : ""}`,
          value: isoDate(api.sunsetAt) ?? "",
        }}
      >
        <h1 className="govuk-heading-l">Are you sure you want to retire {api.name}?</h1>
        <p className="govuk-body">Retired APIs stay in the catalogue, marked retired, so the people who used one can find out what happened to it. Only drafts can be deleted.</p>
        <p className="govuk-body">The GDS API standards ask you to “State how long users have to upgrade, and how you’ll notify them of these deadlines” before an API is switched off.</p>
      </ConfirmForm>
    </>
  );
}
