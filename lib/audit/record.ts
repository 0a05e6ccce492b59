import type { Tx } from "@/lib/db";
import { diffRecords } from "./diff";

export type AuditInput = {
  actor: string;
  action: "create" | "update" | "retire" | "delete" | "import";
  entityType: "Organisation" | "System" | "Api" | "SpecRevision";
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Records one audit event. Call it with the transaction that makes the change. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  const changes = diffRecords(input.before ?? null, input.after ?? null);
  await tx.auditEvent.create({
    data: {
      actor: input.actor,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      changes: JSON.stringify(changes),
    },
  });
}
