import { Tag, type TagColour } from "@/components/Tag";
import { OUTCOME_LABELS, type Outcome } from "@/lib/maturity/levels";

const COLOURS: Record<Outcome, TagColour> = {
  pass: "green",
  accepted: "green",
  fail: "red",
  "not-applicable": "grey",
  exempt: "purple",
  "awaiting-evidence": "yellow",
};

/** A criterion's outcome in words (the colour only repeats them). */
export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  return <Tag colour={COLOURS[outcome]}>{OUTCOME_LABELS[outcome]}</Tag>;
}
