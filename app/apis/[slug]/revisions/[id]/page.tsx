import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ChangeList, breakingSentence } from "@/components/openapi/ChangeList";
import { SpecCheck } from "@/components/openapi/SpecCheck";
import { WarningText } from "@/components/WarningText";
import { PageHeading } from "@/components/PageHeading";
import { SummaryList } from "@/components/SummaryList";
import { isoDateTime } from "@/lib/audit/labels";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { downloadHref, type DownloadFile } from "@/lib/openapi/download";
import { apiRevision } from "@/lib/openapi/versions";

type Props = { params: Promise<{ slug: string; id: string }> };

// Hidden APIs, missing revisions and revisions of another API all look the same: "Page not found".
async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const found = await apiRevision(getDb(), await getViewer(), slug, id);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api, revision } = await load(params);
  return { title: `Version ${revision.number} of the OpenAPI description – ${api.name}` };
}

function notCompared(withheld: boolean, status: string): string {
  if (withheld) return "An earlier version that is not shown to you: it was stored while this API was not visible to you";
  return status === "checked" ? "Nothing: this is the first checked version" : "Nothing: this version was not checked";
}

export default async function RevisionPage({ params }: Props) {
  const { api, revision } = await load(params);
  const { check, previous, changes } = revision;
  const base = `/apis/${api.slug}`;
  const download = (file: DownloadFile) => downloadHref(api.slug, file, check.id);
  const breaking = changes.filter((c) => c.breaking).length;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", text: "Home" },
          { href: "/apis", text: "APIs" },
          { href: base, text: api.name },
          { href: `${base}/revisions`, text: "Versions" },
          { text: `Version ${revision.number}` },
        ]}
      />
      <PageHeading caption={`${api.name}: OpenAPI description`}>Version {revision.number}</PageHeading>
      {breaking ? (
        <WarningText>
          {breakingSentence(breaking)}.{" "}
          <a className="govuk-link" href="#breaking-changes">
            See what changed
          </a>
        </WarningText>
      ) : null}
      <SummaryList
        rows={[
          { key: "Stored", value: <time dateTime={isoDateTime(check.createdAt)}>{isoDateTime(check.createdAt)}</time> },
          { key: "By", value: revision.actor },
          { key: "How it arrived", value: check.origin ? `${revision.arrival}: ${check.origin}` : revision.arrival },
          { key: "OpenAPI version", value: check.specVersion ?? <span className="text-secondary-text">Not known</span> },
          {
            key: "Compared with",
            value: previous ? (
              <Link className="govuk-link" href={`${base}/revisions/${previous.id}`}>
                Version {previous.number}
              </Link>
            ) : (
              <span className="text-secondary-text">{notCompared(revision.previousWithheld, check.status)}</span>
            ),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Download this version</h2>
      <ul className="govuk-list mb-8">
        <li>
          <a className="govuk-link" href={download("original")}>
            The original, as it arrived
          </a>
        </li>
        {check.status === "checked" ? (
          <>
            <li>
              <a className="govuk-link" href={download("bundled.json")}>
                Bundled, as JSON
              </a>
            </li>
            <li>
              <a className="govuk-link" href={download("bundled.yaml")}>
                Bundled, as YAML
              </a>
            </li>
          </>
        ) : null}
      </ul>
      {previous ? (
        <>
          <h2 className="govuk-heading-l">Changes since version {previous.number}</h2>
          <ChangeList changes={changes} headingLevel={3} />
        </>
      ) : null}
      <h2 className="govuk-heading-l">What the check found</h2>
      <SpecCheck check={check} subject="This version" />
    </>
  );
}
