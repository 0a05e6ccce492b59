import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Button } from "@/components/Button";
import { TextInput } from "@/components/TextInput";
import { ExistingResults } from "@/components/reuse/ExistingResults";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findExisting } from "@/lib/reuse/before-you-build";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const needOf = async (searchParams: Props["searchParams"]) => {
  const q = (await searchParams).need;
  return typeof q === "string" ? q.slice(0, 200).trim() : "";
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const need = await needOf(searchParams);
  return { title: need ? `Before you build: ${need}` : "Before you build" };
}

/** "What already exists that I could reuse?": a need in plain words, answered with what government already runs. */
export default async function BeforeYouBuildPage({ searchParams }: Props) {
  const need = await needOf(searchParams);
  const { results } = need ? await findExisting(getDb(), await getViewer(), need) : { results: [] };
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Before you build" }]} />
      <h1 className="govuk-heading-l">Before you build</h1>
      <p className="govuk-body-l max-w-2xl">
        “Operating units rarely have unique needs.” Say what you need, and see the shared platforms, open-source systems and APIs across
        government that already do it.
      </p>
      <form method="get" action="/before-you-build" className="mb-8 flex max-w-2xl flex-wrap items-end gap-x-4">
        <TextInput id="need" name="need" label="What do you need to do?" hint="In plain words, for example “take card payments”, “send text messages” or “check someone’s identity”" defaultValue={need} maxLength={200} className="min-w-0 flex-1" />
        <div className="mb-[30px]">
          <Button>Find what exists</Button>
        </div>
      </form>
      {need ? (
        <>
          <p className="govuk-body" role="status">
            {results.length === 0 ? `Nothing in the catalogue matches “${need}”.` : `${results.length === 1 ? "1 result" : `${results.length} results`} for “${need}”, shared platforms first.`}
          </p>
          {results.length ? <ExistingResults results={results} /> : <p className="govuk-body">Try other words for the same need, or look through the <a className="govuk-link" href="/systems?platform=yes">shared platforms</a>.</p>}
        </>
      ) : null}
    </>
  );
}
