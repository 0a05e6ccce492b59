import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { BackLink } from "@/components/BackLink";
import { ChooseOtherSystem } from "@/components/estate/ChooseOtherSystem";
import { ConnectionForm } from "@/components/estate/ConnectionForm";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { emptyForm } from "@/lib/catalogue/publishing/form";
import { isSlug } from "@/lib/catalogue/publishing/fields";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { getSystem } from "@/lib/catalogue/systems";
import { getDb } from "@/lib/db";
import { otherSystemChoices, receivingApiChoices } from "@/lib/estate/connections-queries";
import { declareConnectionAction } from "@/app/connections/actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const TITLE = "Add a connection";
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

// Only a publisher of this system's organisation (or an admin) adds a connection from its page.
async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await requireViewer(`/systems/${encodeURIComponent(slug)}/connections/new`);
  const system = isSlug(slug) ? await getSystem(getDb(), viewer, slug) : null;
  if (!system) notFound();
  if (!can(viewer, "connection.declare", { organisationId: system.organisationId })) forbidden();
  const query = await searchParams;
  const values = { end: one(query.end), other: one(query.other) };
  const groups = await otherSystemChoices(getDb(), viewer, system.id);
  const otherSystem = groups.flatMap((g) => g.options).find((o) => o.value === values.other);
  const errors = {
    end: values.end === "sends" || values.end === "receives" ? undefined : "Select whether this system sends or receives the data",
    other: otherSystem ? undefined : "Select the other system",
  };
  // "Change" on the second step comes back here with the choices made, to change them.
  const chosen = !errors.end && !errors.other && one(query.change) !== "1";
  return { viewer, system, values, groups, errors, chosen, asked: one(query.choose) === "1", other: otherSystem };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { chosen, asked } = await load(props);
  return { title: asked && !chosen ? `Error: ${TITLE}` : await formPageTitle(TITLE) };
}

export default async function NewConnectionPage(props: Props) {
  const { viewer, system, values, groups, errors, chosen, asked, other } = await load(props);
  const href = `/systems/${system.slug}`;
  if (!chosen || !other) {
    return (
      <>
        <BackLink href={href} />
        <ChooseOtherSystem system={system} groups={groups} values={values} errors={asked ? errors : {}} />
      </>
    );
  }
  // Among the choices, so one the viewer may see.
  const otherEnd = await getDb().system.findUniqueOrThrow({ where: { id: other.value }, select: { id: true, name: true, organisationId: true } });
  const [from, to] = values.end === "sends" ? [system, otherEnd] : [otherEnd, system];
  const apis = await receivingApiChoices(getDb(), viewer, to);
  const change = `${href}/connections/new?end=${values.end}&other=${other.value}&change=1`;
  return (
    <>
      <BackLink href={change}>Back</BackLink>
      <ConnectionForm action={declareConnectionAction} initial={emptyForm()} title={TITLE} from={from} to={to} apis={apis} changeHref={change} cancelHref={href} />
    </>
  );
}
