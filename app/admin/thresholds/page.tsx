import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotificationBanner } from "@/components/NotificationBanner";
import { ThresholdsForm } from "@/components/maturity/ThresholdsForm";
import { guard } from "@/lib/auth/guard";
import { formPageTitle } from "@/lib/catalogue/publishing/pages";
import { getDb } from "@/lib/db";
import { ADJUSTABLE, defaultPercent, percentField, thresholdPercents } from "@/lib/maturity/thresholds";
import { setThresholdsAction } from "./actions";

const TITLE = "Maturity thresholds";
type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: await formPageTitle(TITLE) };
}

export default async function ThresholdsPage({ searchParams }: Props) {
  await guard("maturity.manage-thresholds", undefined, "/admin/thresholds");
  const [percents, { saved }] = await Promise.all([thresholdPercents(getDb()), searchParams]);
  const criteria = ADJUSTABLE.map((c) => ({
    field: percentField(c.id),
    text: c.text,
    scope: c.scope === "organisation" ? "Organisation" : "System",
    percent: percents[c.id]!,
    defaultPercent: defaultPercent(c),
  }));
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/admin", text: "Admin" }, { text: TITLE }]} />
      {saved !== undefined ? (
        <NotificationBanner type="success">{saved === "0" ? "Nothing changed: the thresholds are as they were." : "Thresholds saved: every grid is now worked out with them."}</NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body max-w-3xl">
        The maturity model asks for &ldquo;the majority&rdquo; of systems in places. Say how large a share each of these criteria asks for. Live grids use the new
        shares at once, and so do assessments approved from now on; published assessments keep the grid they were approved with.
      </p>
      <ThresholdsForm action={setThresholdsAction} title={TITLE} criteria={criteria} />
    </>
  );
}
