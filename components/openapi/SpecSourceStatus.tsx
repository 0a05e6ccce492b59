import { Button } from "@/components/Button";
import { InsetText } from "@/components/InsetText";
import { NotificationBanner } from "@/components/NotificationBanner";
import { SummaryList } from "@/components/SummaryList";
import { Tag, type TagColour } from "@/components/Tag";
import { SPEC_FETCH_STATUS_LABELS } from "@/lib/catalogue/vocabulary";
import type { SourceStatus } from "@/lib/openapi/sources";

export interface SpecSourceStatusProps {
  apiId: string;
  source: SourceStatus | null;
  /** Whether the viewer may ask for a fetch now (they may update the API). */
  canUpdate: boolean;
  /** What "Check for changes now" found (the `source` query parameter after it). */
  result?: string | string[];
  action: (formData: FormData) => Promise<void>;
}

const STATUS: Record<string, { text: string; colour: TagColour }> = {
  ok: { text: SPEC_FETCH_STATUS_LABELS.ok, colour: "green" },
  unreachable: { text: SPEC_FETCH_STATUS_LABELS.unreachable, colour: "red" },
  refused: { text: SPEC_FETCH_STATUS_LABELS.refused, colour: "orange" },
};

function When({ date }: { date: Date | null }) {
  if (!date) return <>Not yet</>;
  const iso = date.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`}</time>;
}

function Outcome({ result, source }: { result?: string | string[]; source: SourceStatus }) {
  switch (result) {
    case "added":
      return <NotificationBanner type="success" heading="New version added">The document had changed: its new version has been checked and added.</NotificationBanner>;
    case "unchanged":
    case "not-modified":
      return <NotificationBanner type="success" heading="No changes">The document is the same as the version already stored.</NotificationBanner>;
    case "unreachable":
      return <NotificationBanner heading={`Could not fetch: ${source.error ?? "the server could not be reached"}`}>The version already stored is still shown.</NotificationBanner>;
    case "refused":
      return <NotificationBanner heading={`Could not use the document: ${source.error ?? "it is not a usable OpenAPI description"}`}>The version already stored is still shown.</NotificationBanner>;
    case "busy":
      return <NotificationBanner heading="Already being checked">The document is being fetched right now. Try again in a minute.</NotificationBanner>;
    default:
      return null;
  }
}

/** Where an API's OpenAPI description is fetched from, how the last fetch went, and a way to fetch it now. */
export function SpecSourceStatus({ apiId, source, canUpdate, result, action }: SpecSourceStatusProps) {
  if (!source) return null;
  const status = STATUS[source.status] ?? STATUS.unreachable!;
  return (
    <section id="spec-source" aria-labelledby="spec-source-heading" className="mb-8">
      <Outcome result={result} source={source} />
      <h3 id="spec-source-heading" className="mb-2 mt-6 text-xl font-bold">
        Where the description comes from
      </h3>
      <p className="mb-4">The catalogue fetches it from its web address and adds a new version when it changes.</p>
      <SummaryList
        rows={[
          { key: "Web address", value: <span className="break-all font-mono text-base">{source.url}</span> },
          { key: "Status", value: <Tag colour={status.colour}>{status.text}</Tag> },
          { key: "Last fetched", value: <When date={source.lastFetchedAt} /> },
          { key: "Last changed", value: <When date={source.lastChangedAt} /> },
          { key: "Next check", value: <When date={source.nextFetchAt} /> },
        ]}
      />
      {source.status !== "ok" ? (
        <InsetText>
          <p className="mb-2 font-bold">{source.status === "unreachable" ? "The web address could not be fetched" : "The document at the web address could not be used"}</p>
          <p className="mb-2">{source.error}</p>
          <p className="mb-0">The version shown here is the last one that could be used.</p>
        </InsetText>
      ) : null}
      {canUpdate ? (
        <form action={action}>
          <input type="hidden" name="apiId" value={apiId} />
          <Button variant="secondary">Check for changes now</Button>
        </form>
      ) : null}
    </section>
  );
}
