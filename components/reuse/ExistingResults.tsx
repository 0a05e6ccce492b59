import Link from "next/link";
import { ExampleTag } from "@/components/estate/ConfirmationTag";
import { Tag } from "@/components/Tag";
import { excerpt } from "@/lib/catalogue/search/highlight";
import type { ExistingResult } from "@/lib/reuse/before-you-build";

const TIER_TAGS = { platform: <Tag colour="green">Shared platform</Tag>, "open-source": <Tag colour="blue">Open source</Tag>, "one-off": null };

const using = (n: number) => (n === 0 ? "No organisation is recorded as using it yet" : n === 1 ? "Used by 1 organisation" : `Used by ${n.toLocaleString("en-GB")} organisations`);

function Start({ href, contact }: { href: string | null; contact: string | null }) {
  return (
    <p className="govuk-body mb-0">
      {href ? <a className="govuk-link" href={href} rel="noopener noreferrer">How to start</a> : null}
      {href && contact ? " · " : null}
      {contact ? <>Contact <a className="govuk-link" href={`mailto:${contact}`}>{contact}</a></> : null}
    </p>
  );
}

/** One ranked result: what it is, who runs it, how many organisations use it and how to start. */
function Result({ result }: { result: ExistingResult }) {
  const isSystem = result.kind === "system";
  const record = isSystem ? result.system : result.api;
  const href = isSystem ? `/systems/${result.system.slug}` : `/apis/${result.api.slug}`;
  return (
    <li className="border-b border-border py-4">
      <h2 className="govuk-heading-s mb-1 flex flex-wrap items-center gap-2">
        <Link className="govuk-link" href={href}>{record.name}</Link>
        {TIER_TAGS[result.tier]}
        {isSystem ? null : <Tag colour="grey">API</Tag>}
        {isSystem ? <ExampleTag example={result.system.example} /> : null}
      </h2>
      <p className="govuk-body mb-1">Run by {record.organisation.name}{isSystem && result.system.ownerTeam ? `, ${result.system.ownerTeam}` : ""}. {using(result.organisationsUsing)}.</p>
      <p className="govuk-body mb-1">{excerpt(record.description)}</p>
      {isSystem && result.system.sharedPlatform && result.system.platformAudience ? <p className="govuk-body mb-1">Who may use it: {result.system.platformAudience}</p> : null}
      {isSystem && result.apis.length ? (
        <p className="govuk-body mb-1">
          Its APIs:{" "}
          {result.apis.map((api, i) => (
            <span key={api.id}>{i ? ", " : null}<Link className="govuk-link" href={`/apis/${api.slug}`}>{api.name}</Link></span>
          ))}
        </p>
      ) : null}
      {isSystem ? <Start href={result.system.onboardingUrl ?? result.system.repositoryUrl} contact={result.system.ownerEmail} /> : <Start href={result.api.documentationUrl} contact={null} />}
    </li>
  );
}

export function ExistingResults({ results }: { results: ExistingResult[] }) {
  return (
    <ol className="mb-8 border-t border-border" aria-label="What already exists">
      {results.map((r) => <Result key={`${r.kind}-${r.id}`} result={r} />)}
    </ol>
  );
}
