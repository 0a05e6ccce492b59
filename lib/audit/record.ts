import type { Tx } from "@/lib/db";
import { diffRecords } from "./diff";

export type AuditInput = {
  actor: string;
  action: "create" | "update" | "retire" | "delete" | "import";
  entityType: "Organisation" | "System" | "Api" | "SpecRevision" | "User" | "Membership";
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/**
 * Records one audit event. Call it with the transaction that makes the change. Every write
 * comes through here, so it also bumps the catalogue's version: any app instance holding
 * something derived from the data (cached search results) knows it is out of date.
 */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.catalogueVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
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
