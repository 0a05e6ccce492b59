import { diffRecords } from "@/lib/audit/diff";

export type ChangedValues = {
  /** The fields to write: only those whose value differs. */
  data: Record<string, unknown>;
  /** The same fields before and after, for the audit event. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/**
 * Which of `next`'s fields differ from `existing`. Dates compare by instant and null equals
 * undefined, using the audit diff's rules, so an unchanged row produces no write and no event.
 */
export function changedValues(existing: Record<string, unknown>, next: Record<string, unknown>): ChangedValues {
  const current = Object.fromEntries(Object.keys(next).map((key) => [key, existing[key]]));
  const changed = Object.keys(diffRecords(current, next));
  const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, source[key] ?? null]));
  return { data: pick(next), before: pick(current), after: pick(next) };
}

export function hasChanges(values: ChangedValues): boolean {
  return Object.keys(values.data).length > 0;
}
