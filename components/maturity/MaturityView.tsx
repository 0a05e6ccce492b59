import { InsetText } from "@/components/InsetText";
import { Tag } from "@/components/Tag";
import type { LiveMaturity } from "@/lib/maturity/live";
import { DEFAULTS } from "@/lib/maturity/model";
import { MaturityGrid } from "./MaturityGrid";
import { NextStepsList } from "./NextStepsList";

/** The live maturity grid of an organisation or a system, its next steps and how it is worked out. */
/** `exemptHref`: where an assessor approves an exemption from this grid's criteria. */
export function MaturityView({ live, name, owner, exemptHref }: { live: LiveMaturity; name: string; owner: string; exemptHref?: string }) {
  return (
    <>
      <p className="mb-4">
        <Tag colour="blue">Live, not yet assessed</Tag>
      </p>
      <p className="mb-4 max-w-3xl">
        The reference architecture for government data and APIs says: <q>Operating units can assess and develop the maturity of their architecture by following this model</q>. This grid is
        worked out now from the catalogue. Criteria a publisher must give evidence for await it until an assessor reviews an assessment.
      </p>
      <InsetText>
        {live.whole
          ? `It counts all of ${owner}’s published records, internal ones included: only people who may see those records see this grid.`
          : `It counts only the records you can see. ${owner}’s publishers and assessors see the grid over all its records, internal ones included.`}
      </InsetText>
      <MaturityGrid grid={live.grid} caption={`Maturity of ${name}, level by level`} />
      {exemptHref ? (
        <p className="mb-6">
          <a className="govuk-link" href={exemptHref}>Approve an exemption from a criterion</a>
        </p>
      ) : null}
      <h2 className="mb-4 text-2xl font-bold">Next steps</h2>
      <NextStepsList steps={live.steps} />
      <h2 className="mb-4 text-2xl font-bold">How the levels are worked out</h2>
      <ul className="mb-8 max-w-3xl list-disc space-y-2 pl-5">
        <li>A level is reached only when every criterion of that level and of every level below it is met, not applicable, exempt or accepted.</li>
        <li>
          “The majority” means more than half ({Math.round(DEFAULTS.majority * 100)}% exactly is not enough), unless an admin has set another share: each criterion states the share it asks
          for.
        </li>
        <li>An OpenAPI description updates itself when the catalogue fetched it from its web address in the last {DEFAULTS.selfUpdatingDays} days, or a pipeline pushed it.</li>
        <li>OAuth is read from each API’s latest checked OpenAPI description (the GDS standards check for OAuth 2.0 or OpenID Connect); an API that asks for no credentials is left out.</li>
        <li>
          A system produces reference data for other systems when documented connections take its data to {DEFAULTS.referenceConsumers} or more other systems, and it is the authoritative
          source of a <a className="govuk-link" href="/data-sets">core data set</a> that another system keeps a copy of in step through a connection.
        </li>
        <li>Only published records count; retired systems, APIs and connections do not.</li>
      </ul>
    </>
  );
}
