import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, Tx } from "@/lib/db";
import { AdminInputError, UserNotFoundError } from "./errors";
import { userIdSchema } from "./users";

const organisationSlugSchema = z.string().trim().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A membership's audit entity id: one person in one organisation. */
export function membershipEntityId(userId: string, organisationId: string): string {
  return `${userId}:${organisationId}`;
}

async function parties(tx: Tx, userId: string, organisationSlug: string) {
  const id = userIdSchema.safeParse(userId);
  const user = id.success ? await tx.user.findUnique({ where: { id: id.data } }) : null;
  if (!user) throw new UserNotFoundError();
  const slug = organisationSlugSchema.safeParse(organisationSlug);
  const organisation = slug.success ? await tx.organisation.findUnique({ where: { slug: slug.data } }) : null;
  if (!organisation) throw new AdminInputError("organisation-missing");
  return { user, organisation };
}

// What the audit record says about a membership: names as well as ids, so the log still reads
// after the organisation or person is renamed or gone.
function described(user: { id: string; name: string | null; email: string | null }, organisation: { id: string; name: string }, role: string) {
  return { userId: user.id, person: user.name ?? user.email, organisationId: organisation.id, organisation: organisation.name, role };
}

/** Makes the person a publisher for the organisation, and records it. */
export async function addMembership(db: Db, viewer: Viewer, userId: string, organisationSlug: string) {
  authorise(viewer, "user.manage");
  const actor = viewer.kind === "user" ? viewer.user.id : "";
  return db.$transaction(async (tx) => {
    const { user, organisation } = await parties(tx, userId, organisationSlug);
    const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } } });
    if (existing) throw new AdminInputError("organisation-member");
    const created = await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "publisher" } });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "Membership",
      entityId: membershipEntityId(user.id, organisation.id),
      after: described(user, organisation, created.role),
    });
    return { user, organisation, membership: created };
  });
}

/** Ends the person's membership of the organisation, and records it. */
export async function removeMembership(db: Db, viewer: Viewer, userId: string, organisationSlug: string) {
  authorise(viewer, "user.manage");
  const actor = viewer.kind === "user" ? viewer.user.id : "";
  return db.$transaction(async (tx) => {
    const { user, organisation } = await parties(tx, userId, organisationSlug);
    const key = { userId_organisationId: { userId: user.id, organisationId: organisation.id } };
    const existing = await tx.membership.findUnique({ where: key });
    if (!existing) throw new AdminInputError("membership-missing");
    await tx.membership.delete({ where: key });
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "Membership",
      entityId: membershipEntityId(user.id, organisation.id),
      before: described(user, organisation, existing.role),
    });
    return { user, organisation };
  });
}
