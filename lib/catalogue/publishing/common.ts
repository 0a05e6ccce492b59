import { Prisma, type Db, type Tx } from "@/lib/db";
import { organisationsFor, authorise, ForbiddenError, type Permission } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { uniqueSlug, slugify } from "@/lib/catalogue/slug";
import type { FieldErrors } from "./fields";

/** The record is missing, or the viewer may not see it: the two must look the same. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`No such ${what}`);
    this.name = "NotFoundError";
  }
}

/** The form was loaded from an older version of the record than the one stored now. */
export class StaleEditError extends Error {
  constructor() {
    super("The record was changed by someone else since the form was loaded");
    this.name = "StaleEditError";
  }
}

export type Invalid = { ok: false; errors: FieldErrors; stale?: undefined };
export type Stale = { ok: false; stale: true; errors?: undefined };
export type Result<T> = ({ ok: true } & T) | Invalid | Stale;

export const invalid = (errors: FieldErrors): Invalid => ({ ok: false, errors });

/** The acting user's id, as the audit records it. Services are only for signed-in people. */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind !== "user") throw new ForbiddenError();
  return viewer.user.id;
}

/** Midnight UTC today: lifecycle dates are calendar dates. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * For "create": refuse anyone who may not create in the organisation they chose — before
 * looking at the rest of the form, so a refused person learns nothing from its messages. With
 * no organisation chosen, they must at least be able to create somewhere.
 */
export function authoriseCreate(viewer: Viewer, permission: Permission, input: unknown): void {
  const chosen = (input as { organisationId?: unknown } | null)?.organisationId;
  const organisationId = typeof chosen === "string" ? chosen.trim() : "";
  if (organisationId) return authorise(viewer, permission, { organisationId });
  const allowed = organisationsFor(viewer, permission);
  if (allowed !== "all" && allowed.length === 0) throw new ForbiddenError();
}

/** Runs the write in one transaction; a stale version anywhere in it undoes it all. */
export async function writeOnce<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T | Stale> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (error instanceof StaleEditError) return { ok: false, stale: true };
      // Two people registering the same name at once can pick the same slug; the loser tries again.
      const slugClash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugClash || attempt >= 3) throw error;
    }
  }
}

/** A slug for a new record that no other record of its kind has. */
export async function freeSlug(find: (prefix: string) => Promise<{ slug: string }[]>, name: string, qualifier: string | null): Promise<string> {
  const base = slugify(name) || "record";
  const taken = new Set((await find(base)).map((r) => r.slug));
  return uniqueSlug(name, (slug) => taken.has(slug), qualifier);
}

/** Changes the record only if it still has the version the form was loaded with. */
export function assertUpdated({ count }: { count: number }): void {
  if (count === 0) throw new StaleEditError();
}
