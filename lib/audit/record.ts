import type { Tx } from "@/lib/db";
import { apiAudience, systemAudience, type Audience } from "@/lib/catalogue/visibility";
import { diffRecords } from "./diff";

export type AuditInput = {
  actor: string;
  action: "create" | "update" | "retire" | "delete" | "import";
  entityType: "Organisation" | "System" | "Api" | "SpecRevision" | "User" | "Membership" | "Connection" | "Assessment" | "Exemption" | "SystemLevels" | "Threshold" | "DataSet" | "DataSetHolding" | "ApiClient";
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

type Audiences = { audienceBefore: Audience | null; audienceAfter: Audience | null; audienceOrganisationId: string | null };

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * Who could see the record just before and just after the change. Read from the record as the
 * transaction has left it; where `before` holds a field the change altered (a status, a
 * visibility), that is what it was before. Nothing before a create, nothing after a delete.
 */
async function audiencesOf(tx: Tx, input: AuditInput): Promise<Audiences> {
  const sides = (now: Audience | null, then: Audience | null, organisationId: string | null): Audiences => ({
    audienceBefore: input.action === "create" ? null : then,
    audienceAfter: input.action === "delete" ? null : now,
    audienceOrganisationId: organisationId,
  });
  const before = input.before ?? {};
  if (input.entityType === "Api") {
    const row = await tx.api.findUnique({ where: { id: input.entityId }, select: { status: true, visibility: true, organisationId: true } });
    // A deleted record is known only from its last snapshot.
    const now = row ?? { status: "draft", visibility: "internal", organisationId: text(before.organisationId) ?? null };
    const then = { status: text(before.status) ?? now.status, visibility: text(before.visibility) ?? now.visibility };
    return sides(row && apiAudience(row), apiAudience(then), now.organisationId);
  }
  if (input.entityType === "System") {
    const row = await tx.system.findUnique({ where: { id: input.entityId }, select: { status: true, organisationId: true } });
    const then = { status: text(before.status) ?? row?.status ?? "draft" };
    return sides(row && systemAudience(row), systemAudience(then), row?.organisationId ?? text(before.organisationId) ?? null);
  }
  if (input.entityType === "Connection") {
    // Connections are retired, never deleted. One with a draft end is that end's organisation's.
    const end = { select: { status: true, organisationId: true } };
    const row = await tx.connection.findUniqueOrThrow({ where: { id: input.entityId }, select: { visibility: true, fromSystem: end, toSystem: end } });
    const draft = [row.fromSystem, row.toSystem].find((s) => s.status === "draft");
    const audience = (visibility: string): Audience => (draft ? "draft" : (visibility as Audience));
    return sides(audience(row.visibility), audience(text(before.visibility) ?? row.visibility), (draft ?? row.fromSystem).organisationId);
  }
  if (input.entityType === "SpecRevision") {
    const revision = await tx.specRevision.findUnique({ where: { id: input.entityId }, select: { audience: true, audienceOrganisationId: true } });
    const audience = (revision?.audience ?? "admin") as Audience;
    return sides(audience, audience, revision?.audienceOrganisationId ?? null);
  }
  if (input.entityType === "Assessment" || input.entityType === "Exemption" || input.entityType === "SystemLevels" || input.entityType === "ApiClient") {
    // Seen by the organisation's publishers, and by assessors and admins: as its internal records are.
    const organisationId = text(input.after?.organisationId) ?? text(input.before?.organisationId) ?? null;
    return sides("internal", "internal", organisationId);
  }
  // Core data sets, and which published systems hold them, are for everyone to see.
  const audience: Audience = ["Organisation", "DataSet", "DataSetHolding"].includes(input.entityType) ? "public" : "admin";
  return sides(audience, audience, null);
}

/**
 * Records one audit event, with who could see the record before and after it (so histories
 * never show anyone what was hidden from them then). Call it with the transaction that makes the
 * change. Every write comes through here, so it also bumps the catalogue's version: any app
 * instance holding something derived from the data (cached search results) knows it is out of date.
 * The new version numbers the event: the change feed's order (lib/open-data/changes.ts).
 */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  const { version } = await tx.catalogueVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
  const changes = diffRecords(input.before ?? null, input.after ?? null);
  await tx.auditEvent.create({
    data: {
      actor: input.actor,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      changes: JSON.stringify(changes),
      sequence: version,
      ...(await audiencesOf(tx, input)),
    },
  });
}
