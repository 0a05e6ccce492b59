import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import DEMO_USERS from "./demo-users.json";
import type { AccountRole } from "./viewer";

/**
 * The people of the local demo identity provider (scripts/dev-idp.mjs reads the same JSON):
 * username (what you type there), subject (the `sub` it issues), and the powers they have here.
 * Only "seeded" ones get an account in advance; the newcomer's is made by their first sign-in.
 */
export type DemoUser = {
  username: string;
  subject: string;
  name: string;
  email: string;
  description: string;
  role: AccountRole;
  /** slugs of the organisations they publish for */
  organisations: string[];
  seeded: boolean;
};

export const DEMO_USERS_LIST = DEMO_USERS as DemoUser[];

const ACTOR = "system:demo-users";

/**
 * Makes sure the seeded demo users exist for this issuer (the local provider's URL) with their
 * role and memberships; adds what is missing and records each change, never removes anything.
 * Returns a line per change. Only for development, the demo and tests (see scripts/prepare-db.ts).
 */
export async function ensureDemoUsers(db: Db, issuer: string): Promise<string[]> {
  const done: string[] = [];
  for (const demo of DEMO_USERS_LIST.filter((u) => u.seeded)) {
    const organisations = await db.organisation.findMany({ where: { slug: { in: demo.organisations } }, select: { id: true, slug: true } });
    const missing = demo.organisations.filter((slug) => !organisations.some((o) => o.slug === slug));
    if (missing.length) done.push(`${demo.name}: no organisation ${missing.join(", ")} in this database, membership skipped`);
    await db.$transaction(async (tx) => {
      const where = { issuer_subject: { issuer, subject: demo.subject } };
      let user = await tx.user.findUnique({ where, include: { memberships: true } });
      if (!user) {
        const created = await tx.user.create({ data: { issuer, subject: demo.subject, name: demo.name, email: demo.email, role: demo.role } });
        await recordAudit(tx, { actor: ACTOR, action: "create", entityType: "User", entityId: created.id, after: { issuer, subject: demo.subject, name: demo.name, email: demo.email, role: demo.role } });
        user = { ...created, memberships: [] };
        done.push(`${demo.name}: account created`);
      } else if (user.role !== demo.role) {
        await tx.user.update({ where: { id: user.id }, data: { role: demo.role } });
        await recordAudit(tx, { actor: ACTOR, action: "update", entityType: "User", entityId: user.id, before: { role: user.role }, after: { role: demo.role } });
        done.push(`${demo.name}: role set to ${demo.role}`);
      }
      for (const organisation of organisations) {
        if (user.memberships.some((m) => m.organisationId === organisation.id)) continue;
        await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "publisher" } });
        await recordAudit(tx, {
          actor: ACTOR,
          action: "create",
          entityType: "Membership",
          entityId: `${user.id}:${organisation.id}`,
          after: { userId: user.id, organisationId: organisation.id, role: "publisher" },
        });
        done.push(`${demo.name}: publisher for ${organisation.slug}`);
      }
    });
  }
  return done;
}
