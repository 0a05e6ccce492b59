import { SummaryList } from "@/components/SummaryList";
import { Tag } from "@/components/Tag";
import type { System } from "@/lib/db";

const link = (href: string, text = href) => (
  <a className="govuk-link break-words" href={href} rel="noopener noreferrer">{text}</a>
);

/** What another organisation may reuse of a system: the shared platform on offer, its open code and what it does for others. */
export function SystemReuse({ system }: { system: System }) {
  const capabilities = system.capabilities.split("\n").filter(Boolean);
  const rows = [
    { key: "Shared platform", value: system.sharedPlatform ? <Tag colour="green">Offered to other organisations</Tag> : "No" },
    ...(system.sharedPlatform
      ? [
          { key: "Who may use it", value: system.platformAudience ?? "Not recorded" },
          { key: "How to start", value: system.onboardingUrl ? link(system.onboardingUrl) : "Not recorded" },
        ]
      : []),
    { key: "What it does for others", value: capabilities.length ? <ul className="list-disc pl-5">{capabilities.map((c) => <li key={c}>{c}</li>)}</ul> : "Not recorded" },
    { key: "Source code", value: system.repositoryUrl ? link(system.repositoryUrl) : "Not published" },
    { key: "Open-source licence", value: system.licence ? link(`https://spdx.org/licenses/${system.licence}.html`, system.licence) : "Not recorded" },
  ];
  return (
    <>
      <h2 className="govuk-heading-m">Reuse by others</h2>
      <SummaryList rows={rows} />
    </>
  );
}
