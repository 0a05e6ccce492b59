import { Tag, type TagColour } from "@/components/Tag";
import { CONFIRMATION_LABELS, type Confirmation } from "@/lib/estate/vocabulary";

const COLOURS: Record<Confirmation, TagColour> = { unconfirmed: "yellow", confirmed: "green", disputed: "red" };
const SHORT: Record<Confirmation, string> = { unconfirmed: "Unconfirmed", confirmed: "Confirmed", disputed: "Disputed" };

/** Whether the other end agrees, in words (the colour only repeats them); `long` for the connection's own page. */
export function ConfirmationTag({ confirmation, long = false }: { confirmation: string; long?: boolean }) {
  const known = (confirmation in COLOURS ? confirmation : "unconfirmed") as Confirmation;
  return <Tag colour={COLOURS[known]}>{long ? CONFIRMATION_LABELS[known] : SHORT[known]}</Tag>;
}

/** The "Example" tag on anything from the illustrative estate. */
export function ExampleTag({ example }: { example: boolean }) {
  return example ? <Tag colour="grey">Example</Tag> : null;
}
