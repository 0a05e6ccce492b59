import Link from "next/link";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { ExampleTag } from "@/components/estate/ConfirmationTag";
import type { DataSetWithHolders } from "@/lib/estate/data-sets/report";
import { HOLDING_LABELS } from "@/lib/estate/data-sets/rules";

const KIND_TAGS = {
  source: <Tag colour="green">{HOLDING_LABELS.source}</Tag>,
  "in-step": <Tag colour="blue">{HOLDING_LABELS["in-step"]}</Tag>,
  replica: <Tag colour="red">{HOLDING_LABELS.replica}</Tag>,
};

type Props = {
  dataSet: DataSetWithHolders;
  caption: string;
  /** The organisations whose systems' copies the viewer may stop holding ("all" for an admin); none by default. */
  releaseFor?: string[] | "all";
};

/** Every system that holds one core data set and how; a replica is flagged, a copy kept in step names its connection. */
export function HoldersTable({ dataSet, caption, releaseFor = [] }: Props) {
  const mayRelease = (h: DataSetWithHolders["holdings"][number]) => h.kind !== "source" && (releaseFor === "all" || releaseFor.includes(h.system.organisation.id));
  const withAction = dataSet.holdings.some(mayRelease);
  const source = dataSet.holdings.find((h) => h.kind === "source")?.system.name ?? "the source";
  return (
    <Table
      caption={caption}
      captionSize="s"
      head={["System", "Organisation", "How it holds the data set", "Kept in step through", ...(withAction ? ["Change"] : [])]}
      rows={dataSet.holdings.map((h) => [
        <span key="system" className="flex flex-wrap items-center gap-2">
          <Link className="govuk-link" href={`/systems/${h.system.slug}`}>{h.system.name}</Link>
          <ExampleTag example={h.system.example} />
        </span>,
        h.system.organisation.name,
        KIND_TAGS[h.kind],
        h.kind !== "in-step" ? "" : h.connectionId ? <Link className="govuk-link" href={`/connections/${h.connectionId}`}>{`${h.system.name}’s connection with ${source}`}</Link> : "A connection you cannot see",
        ...(withAction
          ? [mayRelease(h) ? <Link key="release" className="govuk-link" href={`/data-sets/${dataSet.slug}/holdings/${h.id}/remove`}>Stop holding<span className="sr-only"> in {h.system.name}</span></Link> : ""]
          : []),
      ])}
    />
  );
}
