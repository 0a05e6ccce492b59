import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";

/** Who the identity provider says signed in: the issuer and subject identify the person. */
export type OidcIdentity = { issuer: string; subject: string; email: string | null; name: string | null };

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * Finds or creates the account for a sign-in, in one transaction with its audit event. A first
 * sign-in creates the account with role "none" and no memberships: no powers until an admin
 * grants them. Later sign-ins refresh the name and email the provider gives (audited when they
 * change) and the last sign-in time. Returns the account id, the only thing the session holds.
 */
export async function recordSignIn(db: Db, identity: OidcIdentity, now = new Date()): Promise<{ id: string; created: boolean }> {
  const { issuer, subject, email, name } = identity;
  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { issuer_subject: { issuer, subject } } });
      if (existing) {
        await tx.user.update({ where: { id: existing.id }, data: { email, name, lastSignInAt: now } });
        if (existing.email !== email || existing.name !== name) {
          await recordAudit(tx, {
            actor: existing.id,
            action: "update",
            entityType: "User",
            entityId: existing.id,
            before: { email: existing.email, name: existing.name },
            after: { email, name },
          });
        }
        return { id: existing.id, created: false };
      }
      const user = await tx.user.create({ data: { issuer, subject, email, name, role: "none", lastSignInAt: now } });
      await recordAudit(tx, {
        actor: user.id,
        action: "create",
        entityType: "User",
        entityId: user.id,
        after: { issuer, subject, email, name, role: "none" },
      });
      return { id: user.id, created: true };
    });
  try {
    return await attempt();
  } catch (error) {
    // Two first sign-ins at once (two tabs, two instances): the loser finds the winner's account.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}
