import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { authorise } from "@/lib/auth/policy";
import { ACCOUNT_ROLES, type Viewer } from "@/lib/auth/viewer";
import type { Db, Prisma, Tx } from "@/lib/db";
import { AdminInputError, UserNotFoundError } from "./errors";
import { serializable } from "./transaction";

export const userIdSchema = z.string().trim().min(1).max(100);
const roleSchema = z.enum(ACCOUNT_ROLES);
// A hidden form field: empty means "the form did not say", anything else must be a date.
const expectedSchema = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.date().optional());

const MEMBERSHIPS = {
  orderBy: { organisation: { name: "asc" } },
  include: { organisation: { select: { id: true, slug: true, name: true, acronym: true } } },
} as const satisfies Prisma.User$membershipsArgs;

/** A new account has no powers until an admin grants a role or a membership. */
export function hasAccess(user: { role: string; memberships: readonly unknown[] }): boolean {
  return user.role !== "none" || user.memberships.length > 0;
}

/** Every account, newest first (new accounts waiting for access are the ones admins look for). */
export async function listUsers(db: Db, viewer: Viewer) {
  authorise(viewer, "user.manage");
  const users = await db.user.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], include: { memberships: MEMBERSHIPS } });
  return users.map((user) => ({ ...user, hasAccess: hasAccess(user) }));
}

export type UserSummary = Awaited<ReturnType<typeof listUsers>>[number];

/** One account with its memberships, or null when there is none with that id. */
export async function getUser(db: Db, viewer: Viewer, userId: string) {
  authorise(viewer, "user.manage");
  const id = userIdSchema.safeParse(userId);
  if (!id.success) return null;
  const user = await db.user.findUnique({ where: { id: id.data }, include: { memberships: MEMBERSHIPS } });
  return user ? { ...user, hasAccess: hasAccess(user) } : null;
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** The organisations this person could be made a member of (those they are not in yet). */
export async function organisationsToAdd(db: Db, viewer: Viewer, userId: string) {
  authorise(viewer, "user.manage");
  return db.organisation.findMany({
    where: { members: { none: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, acronym: true },
  });
}

/**
 * Changes an account's role and records it. Refuses a stale form (the account changed after
 * `expectedUpdatedAt`), an admin demoting themselves, and anything that would leave no admin.
 * Serializable, so two admins demoting each other at once cannot both succeed.
 */
export async function setRole(db: Db, viewer: Viewer, userId: string, role: string, expectedUpdatedAt?: Date | string | null) {
  authorise(viewer, "user.manage");
  const id = userIdSchema.safeParse(userId);
  if (!id.success) throw new UserNotFoundError();
  const wanted = roleSchema.safeParse(role);
  if (!wanted.success) throw new AdminInputError("role-missing");
  const expected = expectedSchema.safeParse(expectedUpdatedAt);
  if (!expected.success) throw new AdminInputError("stale");
  const actorId = viewer.kind === "user" ? viewer.user.id : "";

  return serializable(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: id.data } });
    if (!user) throw new UserNotFoundError();
    if (expected.data && user.updatedAt.getTime() !== expected.data.getTime()) throw new AdminInputError("stale");
    if (user.role === wanted.data) return user;
    if (user.role === "admin" && user.id === actorId) throw new AdminInputError("role-self");
    const updated = await tx.user.update({ where: { id: user.id }, data: { role: wanted.data } });
    if (user.role === "admin") await ensureAnAdmin(tx);
    await recordAudit(tx, { actor: actorId, action: "update", entityType: "User", entityId: user.id, before: { role: user.role }, after: { role: updated.role } });
    return updated;
  });
}

async function ensureAnAdmin(tx: Tx): Promise<void> {
  if ((await tx.user.count({ where: { role: "admin" } })) === 0) throw new AdminInputError("role-last-admin");
}
