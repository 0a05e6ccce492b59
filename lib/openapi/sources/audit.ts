import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";

export type SourceState = { url: string; status: string; error: string | null };

const fields = (s: SourceState | null) => ({ specUrl: s?.url ?? null, specFetchStatus: s?.status ?? null, specFetchError: s?.error ?? null });

export const sameState = (a: SourceState | null, b: SourceState | null) => JSON.stringify(fields(a)) === JSON.stringify(fields(b));

/**
 * Where an API's spec comes from, and whether it can be fetched, is part of the API's record:
 * a change is audited on the API, so its history shows when its source broke and recovered.
 * Nothing is recorded when nothing changed (a source that stays unreachable, say).
 */
export async function auditSource(tx: Tx, actor: string, apiId: string, before: SourceState | null, after: SourceState | null): Promise<void> {
  if (sameState(before, after)) return;
  await recordAudit(tx, { actor, action: "update", entityType: "Api", entityId: apiId, before: fields(before), after: fields(after) });
}
